#!/usr/bin/env bash
# Runs every test: JUnit (./mvnw verify), then the Jupyter conformance suite, the protocol tests,
# the notebooks, jupyter console and the exports, through real Jupyter clients against a freshly
# installed kernel, and finally the conformance suite and one lesson on Debian's packaged stack.
#
# Needs a JDK 21+ and Python 3 (with venv). The Python side comes from requirements-test.txt:
# src/test/venv.sh makes that environment the first time (under ~/.cache/loomlab) and reuses it.
# Debian's stack (python3-jupyter-client, python3-nbclient, python3-nbconvert,
# python3-jupyter-kernel-test) is tested when /usr/bin/python3 has it; CI=true demands it.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"

# The pinned current stack: $py is its python, and its bin/ (jupyter, ...) comes first on PATH.
source src/test/venv.sh

# The kernel is installed into a scratch prefix, so the tests never touch the user's own install.
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
JAVA_HOME="$(./install.sh --print-java-home)"   # fails with a clear message when there is no JDK 21+
export JAVA_HOME

echo "== JUnit (./mvnw verify) with $JAVA_HOME"
./mvnw -B -q verify

echo "== installing the kernel into $scratch"
./install.sh --prefix "$scratch"
export JUPYTER_PATH="$scratch/share/jupyter"
export JUPYTER_PLATFORM_DIRS=1 JUPYTER_RUNTIME_DIR="$scratch/runtime"
export XDG_CACHE_HOME="$scratch/cache"
export LOOMLAB_HISTORY="$scratch/history.sqlite"   # kernels under test never write the user's history

echo "== Jupyter clients ($("$py" -c 'import jupyter_client as c, nbclient as n; print(f"jupyter_client {c.__version__}, nbclient {n.__version__}")')):"
echo "   conformance, protocol, notebooks, IJava compatibility, jupyter console, exports, fresh-machine setup"
(cd src/test/python && "$py" -m unittest -v \
  test_conformance test_protocol test_wire_robustness test_robustness test_loop_kernel \
  test_help_and_completion test_stop_timing test_quiz test_slip_hints test_live_views test_explore \
  test_notebooks test_nbgrader test_python_twins test_ecosystem \
  test_maven_trust test_history test_long_sessions test_ijava_notebook test_console test_setup)

echo "== pip package and papermill, JJava settings, a course's install as a non-root user (needs PyPI)"
(cd src/test/python && "$py" -m unittest -v test_jjava_settings test_papermill test_install_as_student)

echo "== Debian's packaged Jupyter stack (/usr/bin/python3): conformance and one lesson"
debian=/usr/bin/python3
if "$debian" -c 'import jupyter_client, nbclient, nbconvert, jupyter_kernel_test' 2>/dev/null; then
  (cd src/test/python && "$debian" -m unittest test_conformance)
  LOOMLAB_CLOCK=virtual "$debian" -m nbconvert --to notebook --execute \
    --ExecutePreprocessor.kernel_name=loomlab --output-dir "$scratch/debian" notebooks/03-gather.ipynb
elif [ "${CI:-}" = true ]; then
  echo "run-tests.sh: CI must test Debian's stack, but $debian lacks it (.ci/run installs it)." >&2
  exit 1
else
  echo "   skipped: $debian lacks jupyter_client, nbclient, nbconvert or jupyter_kernel_test"
  echo "   (apt-get install python3-jupyter-client python3-nbclient python3-nbconvert python3-jupyter-kernel-test)"
fi

echo "== browser: JupyterLab 4 and Notebook 7 in chromium (LOOMLAB_SKIP_BROWSER=1 skips it)"
src/test/browser/run.sh
