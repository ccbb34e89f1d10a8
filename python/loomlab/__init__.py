"""Loomlab, a Jupyter kernel for Java: this package carries the kernel (a jar) and installs its
kernelspec (`python -m loomlab install`); it also teaches papermill to write Java parameters."""
__version__ = "0.1.0"
