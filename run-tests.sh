#!/usr/bin/env bash
# Runs every test: JUnit (mvn verify), then the Jupyter conformance suite, the protocol tests
# and the notebooks, through real Jupyter clients against a freshly installed kernel.
# Needs a JDK 21+, Maven, and Debian's python3-jupyter-client, python3-nbclient,
# python3-nbconvert and python3-jupyter-kernel-test; jupyter-console and python3-pexpect for the
# console test (.ci/run installs them).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"

python=/usr/bin/python3
[ -x "$python" ] || python="$(command -v python3)"
"$python" -c 'import jupyter_client, nbclient, jupyter_kernel_test' 2>/dev/null || {
  echo "run-tests.sh: $python lacks jupyter_client, nbclient or jupyter_kernel_test." >&2
  echo "  apt-get install -y python3-jupyter-client python3-nbclient python3-nbconvert python3-jupyter-kernel-test" >&2
  exit 1
}

# The kernel is installed into a scratch prefix, so the tests never touch the user's own install.
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
JAVA_HOME="$(./install.sh --print-java-home)"   # fails with a clear message when there is no JDK 21+
export JAVA_HOME

echo "== JUnit (mvn verify) with $JAVA_HOME"
mvn -B -q verify

echo "== installing the kernel into $scratch"
./install.sh --prefix "$scratch"
export JUPYTER_PATH="$scratch/share/jupyter"
export JUPYTER_PLATFORM_DIRS=1 JUPYTER_RUNTIME_DIR="$scratch/runtime"
export XDG_CACHE_HOME="$scratch/cache"

echo "== Jupyter clients: conformance, protocol, notebooks, IJava compatibility, jupyter console"
cd src/test/python
"$python" -m unittest -v test_conformance test_protocol test_wire_robustness test_robustness test_loop_kernel \
  test_quiz test_notebooks test_nbgrader test_python_twins test_ecosystem test_ijava_notebook test_console
