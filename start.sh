#!/usr/bin/env bash
# Sets Loomlab up and opens JupyterLab on the lessons. Needs only a JDK 21+ and Python 3.
#
#   ./start.sh                build the kernel, install it, open JupyterLab on notebooks/
#   ./start.sh --no-browser   the same, but JupyterLab only prints its address (a headless machine)
#   ./start.sh --setup-only   build and install, then print the one line that opens JupyterLab
#
# With a JupyterLab on your PATH, the kernel is installed for you (./install.sh --user) and that
# JupyterLab opens. Without one, a Python environment with JupyterLab is made from
# requirements-test.txt (once, under ~/.cache/loomlab; see src/test/venv.sh) and the kernel is
# installed into it. The kernel is built with the Maven wrapper, so Maven need not be installed.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

setup_only=false
lab_options=()
while [ $# -gt 0 ]; do
  case "$1" in
    --setup-only) setup_only=true ;;
    --no-browser) lab_options+=(--no-browser) ;;
    -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "start.sh: unknown option '$1' (try --help)" >&2; exit 2 ;;
  esac
  shift
done
# JupyterLab refuses to run as root unless told; containers and CI machines often are root.
[ "$(id -u)" -ne 0 ] || lab_options+=(--allow-root)

if command -v jupyter-lab >/dev/null; then
  lab=jupyter-lab
  echo "== using the JupyterLab on your PATH ($(command -v jupyter-lab))"
  "$here/install.sh" --user
else
  echo "== no JupyterLab on your PATH: using Loomlab's own environment"
  source "$here/src/test/venv.sh"   # sets $venv, making it on the first run
  lab="$venv/bin/jupyter-lab"
  "$here/install.sh" --prefix "$venv"
fi

# (the odd expansion keeps an empty list from tripping `set -u` in macOS's bash 3.2)
command=("$lab" ${lab_options[@]+"${lab_options[@]}"} "$here/notebooks")
if $setup_only; then
  echo "Loomlab is ready. Open the lessons in JupyterLab with:"
  printf '%q ' "${command[@]}"
  echo
  exit 0
fi
echo "== opening JupyterLab on the lessons (Ctrl+C twice stops it)"
exec "${command[@]}"
