"""The README's first command on a fresh machine: a clean copy of the repository, with a JDK and
Python 3 but no Jupyter and no Maven on PATH. `./start.sh --setup-only` must build the kernel
(Maven wrapper), make a Python environment with JupyterLab from requirements-test.txt, install the
kernel into it and print the line that opens JupyterLab; a lesson then runs on that kernel, and
the printed line starts a JupyterLab that offers it."""
import json
import os
import pathlib
import queue
import shlex
import shutil
import socket
import subprocess
import tempfile
import threading
import unittest
import urllib.error
import urllib.request

import nbformat

ROOT = pathlib.Path(__file__).resolve().parents[3]
NOT_ON_A_FRESH_MACHINE = ("jupyter", "ipython", "mvn")
TIMEOUT = 600  # making the environment downloads JupyterLab when pip's cache is cold


def copy_tracked_files(destination):
    """The files git tracks, as they are in the working tree (uncommitted edits included)."""
    listing = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, check=True, capture_output=True).stdout
    for name in filter(None, listing.decode().split("\0")):
        source = ROOT / name
        if source.is_file():
            target = destination / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)


def path_without_jupyter(bin_dir):
    """A PATH holding every command of ours except Jupyter's, Maven's, and any virtualenv's."""
    bin_dir.mkdir()
    for folder in os.environ["PATH"].split(os.pathsep):
        folder = pathlib.Path(folder)
        if not folder.is_dir() or (folder.parent / "pyvenv.cfg").exists():
            continue
        for command in folder.iterdir():
            if command.name.startswith(NOT_ON_A_FRESH_MACHINE) or (bin_dir / command.name).exists():
                continue
            if command.is_file() and os.access(command, os.X_OK):
                (bin_dir / command.name).symlink_to(command)
    return str(bin_dir)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class FreshMachineSetup(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.tmp = pathlib.Path(tempfile.mkdtemp(prefix="loomlab-setup-"))
        cls.addClassCleanup(shutil.rmtree, cls.tmp, ignore_errors=True)
        cls.repo = cls.tmp / "loomlab"
        copy_tracked_files(cls.repo)
        cls.venv = cls.tmp / "venv"
        env = {k: v for k, v in os.environ.items() if not k.startswith(("JUPYTER", "VIRTUAL_ENV"))}
        env.update(
            PATH=path_without_jupyter(cls.tmp / "bin"),
            LOOMLAB_VENV=str(cls.venv),  # a venv of its own, made from scratch
            JUPYTER_DATA_DIR=str(cls.tmp / "data"),  # no kernel of the user's can stand in for it
            JUPYTER_CONFIG_DIR=str(cls.tmp / "config"),
            JUPYTER_RUNTIME_DIR=str(cls.tmp / "runtime"),
            # pip's own cache, even though run-tests.sh points XDG_CACHE_HOME at a scratch folder
            PIP_CACHE_DIR=os.environ.get("PIP_CACHE_DIR", os.path.expanduser("~/.cache/pip")),
        )
        cls.env = env
        cls.setup = subprocess.run(["./start.sh", "--setup-only"], cwd=cls.repo, env=env, text=True,
                                   stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=TIMEOUT)

    def test_the_fresh_machine_has_no_jupyter_and_no_maven(self):
        found = [c for c in ("jupyter", "jupyter-lab", "mvn") if shutil.which(c, path=self.env["PATH"])]
        self.assertEqual(found, [])

    def test_setup_makes_an_environment_and_prints_the_line_that_opens_jupyterlab(self):
        self.assertEqual(self.setup.returncode, 0, self.setup.stdout)
        self.assertIn("no JupyterLab on your PATH", self.setup.stdout)
        self.assertTrue((self.venv / "share/jupyter/kernels/loomlab/kernel.json").is_file(), self.setup.stdout)
        self.assertTrue(self.launch_line()[0].endswith("/jupyter-lab"), self.setup.stdout)

    def test_a_lesson_runs_on_the_installed_kernel(self):
        self.assertEqual(self.setup.returncode, 0, self.setup.stdout)
        out = self.tmp / "executed"
        # The lesson's own metadata names the kernel, as when a student opens it.
        run = subprocess.run([str(self.venv / "bin/jupyter"), "nbconvert", "--to", "notebook", "--execute",
                              "--output-dir", str(out), "notebooks/03-gather.ipynb"],
                             cwd=self.repo, env=dict(self.env, LOOMLAB_CLOCK="virtual"), text=True,
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=TIMEOUT)
        self.assertEqual(run.returncode, 0, run.stdout)
        nb = nbformat.read(out / "03-gather.ipynb", as_version=4)
        code = [c for c in nb.cells if c.cell_type == "code"]
        self.assertTrue(all(c.execution_count for c in code), "some cells did not run")
        self.assertEqual(nb.metadata.language_info.name, "java")  # what the kernel itself said it runs
        self.assertGreater(sum(len(c.outputs) for c in code), len(code) // 2, "the lesson printed almost nothing")

    def test_the_printed_line_opens_jupyterlab_with_the_kernel(self):
        self.assertEqual(self.setup.returncode, 0, self.setup.stdout)
        port, token = free_port(), "loomlab-setup-test"
        lab = subprocess.Popen(self.launch_line() + ["--no-browser", "--ServerApp.ip=127.0.0.1",
                                                     f"--ServerApp.port={port}", "--ServerApp.port_retries=0",
                                                     f"--IdentityProvider.token={token}"],
                               env=self.env, text=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        try:
            self.wait_for_line(lab, f"http://127.0.0.1:{port}/lab")
            specs = self.get_when_listening(f"http://127.0.0.1:{port}/api/kernelspecs?token={token}")
            specs = specs["kernelspecs"]
            self.assertIn("loomlab", specs)
            self.assertEqual(specs["loomlab"]["spec"]["display_name"], "Java (Loomlab)")
        finally:
            lab.terminate()
            lab.wait(timeout=60)
            lab.stdout.close()

    def launch_line(self):
        return shlex.split(self.setup.stdout.strip().splitlines()[-1])

    def wait_for_line(self, process, text):
        """Reads the server's log until a line holds text; fails if the server quits first."""
        self.log_lines = queue.Queue()
        threading.Thread(target=lambda: [self.log_lines.put(l) for l in process.stdout] + [self.log_lines.put(None)],
                         daemon=True).start()
        self.log = []
        while not self.log or text not in self.log[-1]:
            self.next_log_line(timeout=TIMEOUT)

    def next_log_line(self, timeout):
        line = self.log_lines.get(timeout=timeout)
        if line is None:
            self.fail("JupyterLab quit:\n" + "".join(self.log))
        self.log.append(line)

    def get_when_listening(self, url):
        """The server prints its address just before its event loop opens the port: until the port
        answers, wait for the server's next log line (or a moment), as long as it runs."""
        while True:
            try:
                with urllib.request.urlopen(url, timeout=30) as response:
                    return json.load(response)
            except urllib.error.URLError as e:
                if not isinstance(e.reason, ConnectionRefusedError):
                    raise
            try:
                self.next_log_line(timeout=0.5)
            except queue.Empty:
                pass

if __name__ == "__main__":
    unittest.main()
