"""python -m loomlab install | uninstall [--user | --sys-prefix | --prefix DIR] [--java PATH]"""
import argparse
import sys

from . import __version__
from .java import NoSuitableJava, find_java
from .kernelspec import KERNEL_NAME, install, kernels_dir, uninstall


def parse(argv):
    parser = argparse.ArgumentParser(
        prog="python -m loomlab",
        description="Install or remove the Jupyter kernelspec of Loomlab, a Java kernel (needs a JDK 21+).")
    parser.add_argument("--version", action="version", version=f"loomlab {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    for name, text in (("install", "write the kernelspec \"loomlab\" (Java (Loomlab))"),
                       ("uninstall", "remove the kernelspec again")):
        sub = commands.add_parser(name, help=text, description=text)
        where = sub.add_mutually_exclusive_group()
        where.add_argument("--user", dest="where", action="store_const", const="user",
                           help="for the current user (the default)")
        where.add_argument("--sys-prefix", dest="where", action="store_const", const="sys-prefix",
                           help=f"into this Python's environment ({sys.prefix})")
        where.add_argument("--prefix", metavar="DIR", help="into DIR/share/jupyter/kernels")
        if name == "install":
            sub.add_argument("--java", metavar="PATH",
                             help="the java to use: a java binary or a JDK's folder (default: JAVA_HOME, "
                                  "then java on PATH, then /usr/lib/jvm and /opt/java)")
    args = parser.parse_args(argv)
    if args.prefix:
        args.where = "prefix"
    args.where = args.where or "user"
    return args


def main(argv=None):
    args = parse(sys.argv[1:] if argv is None else argv)
    spec_dir = kernels_dir(args.where, args.prefix) / KERNEL_NAME
    if args.command == "uninstall":
        if uninstall(spec_dir):
            print(f"Removed the Loomlab kernel from {spec_dir}")
        else:
            print(f"Loomlab is not installed in {spec_dir.parent} (nothing to remove)")
        return 0
    try:
        java, version = find_java(args.java)
    except NoSuitableJava as e:
        print(f"python -m loomlab: {e}", file=sys.stderr)
        return 1
    install(spec_dir, java, version)
    print(f"Installed the Loomlab kernel (Java {version}, {java}) in {spec_dir}")
    print("Start it with:  jupyter console --kernel loomlab   or pick \"Java (Loomlab)\" in JupyterLab.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
