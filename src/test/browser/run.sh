#!/usr/bin/env bash
# Browser test: JupyterLab 4 and Notebook 7, driven headless in Debian's chromium by
# playwright-core (the npm driver only; no browser is downloaded). It opens the launcher,
# runs every lesson, answers quizzes (also untrusted, in the light and the dark theme), stops
# and restarts the kernel, tries Tab and Shift+Tab, a timeline, %maven against a local fake
# repository, and one lesson in Notebook 7. Screenshots go to test-output/browser/.
#
#   src/test/browser/run.sh                      every lesson (notebooks/NN-*.ipynb)
#   src/test/browser/run.sh notebooks/03-gather.ipynb ...   only these lessons
#
# JupyterLab comes from $LOOMLAB_VENV/bin when set, else from PATH (the pinned
# requirements-test.txt has it). Needs chromium, node and npm (apt-get install -y chromium nodejs npm).
# LOOMLAB_SKIP_BROWSER=1 skips it (run-tests.sh calls this script last).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
cd "$root"

if [ "${LOOMLAB_SKIP_BROWSER:-0}" = 1 ]; then
  echo "== browser test skipped (LOOMLAB_SKIP_BROWSER=1)"
  exit 0
fi
bin="${LOOMLAB_VENV:+$LOOMLAB_VENV/bin/}"
jupyter_lab="$(command -v "${bin}jupyter-lab" || true)"
python="$(command -v "${bin}python3" || command -v python3)"
[ -n "$jupyter_lab" ] || {
  echo "run.sh: jupyter-lab not found${LOOMLAB_VENV:+ in $LOOMLAB_VENV/bin}; install requirements-test.txt into a venv and set LOOMLAB_VENV" >&2
  exit 1
}
chromium="${CHROMIUM:-/usr/bin/chromium}"
for tool in "$chromium" node npm; do
  command -v "$tool" >/dev/null || {
    echo "run.sh: $tool is missing; install it with: apt-get install -y chromium nodejs npm" >&2
    exit 1
  }
done
[ $# -gt 0 ] || set -- notebooks/[0-9][0-9]-*.ipynb

echo "== npm ci (playwright-core, the driver only; the browser is $chromium)"
(cd "$here" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --silent)

scratch="$(mktemp -d)"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$scratch"
}
trap cleanup EXIT

echo "== installing the kernel into $scratch"
./install.sh --prefix "$scratch/prefix" >/dev/null
export JUPYTER_PATH="$scratch/prefix/share/jupyter"
export JUPYTER_CONFIG_DIR="$scratch/config" JUPYTER_RUNTIME_DIR="$scratch/runtime" JUPYTER_DATA_DIR="$scratch/data"
export JUPYTERLAB_SETTINGS_DIR="$scratch/lab-settings" JUPYTERLAB_WORKSPACES_DIR="$scratch/lab-workspaces"
export LOOMLAB_CLOCK=virtual   # the kernels inherit it: sleep-heavy lessons run at once, same output
mkdir -p "$JUPYTER_CONFIG_DIR"
# The test reads the app's state (kernel status, execution counts) to wait on; no news, no update check.
cat >"$JUPYTER_CONFIG_DIR/jupyter_server_config.json" <<'JSON'
{
  "LabApp": {"expose_app_in_browser": true, "news_url": null,
             "check_for_updates_class": "jupyterlab.handlers.announcements.NeverCheckForUpdate"},
  "JupyterNotebookApp": {"expose_app_in_browser": true}
}
JSON
# Every cell stays in the page (no virtual scrolling), so what the test reads is what was rendered;
# no pop-up asking about news.
mkdir -p "$JUPYTERLAB_SETTINGS_DIR/@jupyterlab/notebook-extension" "$JUPYTERLAB_SETTINGS_DIR/@jupyterlab/apputils-extension" \
  "$JUPYTERLAB_SETTINGS_DIR/@jupyterlab/docmanager-extension"
echo '{"windowingMode": "none"}' >"$JUPYTERLAB_SETTINGS_DIR/@jupyterlab/notebook-extension/tracker.jupyterlab-settings"
echo '{"fetchNews": "false", "checkForUpdates": false}' >"$JUPYTERLAB_SETTINGS_DIR/@jupyterlab/apputils-extension/notification.jupyterlab-settings"
# Saving Untitled.ipynb saves it, without the "Rename file" dialog of a first save.
echo '{"renameUntitledFileOnSave": false}' >"$JUPYTERLAB_SETTINGS_DIR/@jupyterlab/docmanager-extension/plugin.jupyterlab-settings"

# The server works on copies (each lesson with its folder), since running them saves outputs.
served="$scratch/served"
for notebook in "$@"; do
  [ -f "$notebook" ] || { echo "run.sh: no notebook at $notebook" >&2; exit 1; }
  mkdir -p "$served/$(dirname "$notebook")"
  cp -r "$(dirname "$notebook")/." "$served/$(dirname "$notebook")/"
done

# A jar large enough (1.5 MB) that %maven announces its download; the fake repository serves it.
"$python" - "$scratch/slow-download-1.0.jar" <<'PY'
import os, sys, zipfile
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_STORED) as jar:
    jar.writestr("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n")
    jar.writestr("loomlab-test/filler.bin", os.urandom(1_500_000))
PY

port="$("$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
token="$("$python" -c 'import secrets; print(secrets.token_hex(16))')"
echo "== starting $jupyter_lab on 127.0.0.1:$port"
as_root=(); [ "$(id -u)" -ne 0 ] || as_root=(--allow-root)   # CI containers often run as root
# Kernels get an empty local Maven repository, so %maven really downloads the fake artifact.
JDK_JAVA_OPTIONS="-Dmaven.repo.local=$scratch/m2" "$jupyter_lab" --no-browser --ServerApp.ip=127.0.0.1 --ServerApp.port="$port" --ServerApp.port_retries=0 \
  --ServerApp.token="$token" --ServerApp.root_dir="$served" "${as_root[@]}" >"$scratch/server.log" 2>&1 &
server_pid=$!
# Ready when the REST API answers (or give up when the server died).
"$python" - "$port" "$token" "$server_pid" <<'PY' || { cat "$scratch/server.log" >&2; exit 1; }
import os, sys, time, urllib.request
port, token, pid = sys.argv[1], sys.argv[2], int(sys.argv[3])
while True:
    try:
        urllib.request.urlopen(f"http://127.0.0.1:{port}/api/status?token={token}", timeout=2)
        break
    except OSError:
        os.kill(pid, 0)          # raises when the server has exited
        time.sleep(0.2)          # polling a socket that is not open yet
PY

out="$root/test-output/browser"
rm -rf "$out"; mkdir -p "$out"
echo "== chromium: launcher, a student's notebook, ${*}, Notebook 7"
status=0
CHROMIUM="$chromium" node "$here/e2e.mjs" --url "http://127.0.0.1:$port" --token "$token" --root "$served" \
  --out "$out" --jar "$scratch/slow-download-1.0.jar" "$@" || status=$?
[ $status -eq 0 ] || { echo "-- server log (last lines):"; tail -n 40 "$scratch/server.log"; }
exit $status
