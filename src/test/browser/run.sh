#!/usr/bin/env bash
# Browser end-to-end test: runs notebooks in Debian's classic Jupyter Notebook, driven headless
# in Debian's chromium by playwright-core (no browser is downloaded). Not part of ./run-tests.sh:
# it needs a browser and takes a minute.
#
#   src/test/browser/run.sh                       lesson 02 (tasks) and the quiz check notebook
#   src/test/browser/run.sh path/to/lesson.ipynb  the notebooks given (paths from the repo root)
#
# Needs: apt-get install -y jupyter-notebook chromium nodejs npm
# Screenshots go to test-output/browser/.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
cd "$root"

for tool in jupyter-notebook chromium node npm; do
  command -v "$tool" >/dev/null || {
    echo "run.sh: $tool is missing; install it with: apt-get install -y jupyter-notebook chromium nodejs npm" >&2
    exit 1
  }
done
[ $# -gt 0 ] || set -- notebooks/02-tasks.ipynb src/test/browser/quiz-check.ipynb

if [ ! -d "$here/node_modules/playwright-core" ]; then
  echo "== installing playwright-core (the driver only; the browser is Debian's chromium)"
  (cd "$here" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund)
fi

scratch="$(mktemp -d)"
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  rm -rf "$scratch"
}
trap cleanup EXIT

echo "== installing the kernel into $scratch"
./install.sh --prefix "$scratch/prefix" >/dev/null
export JUPYTER_PATH="$scratch/prefix/share/jupyter"
export JUPYTER_CONFIG_DIR="$scratch/config" JUPYTER_RUNTIME_DIR="$scratch/runtime" JUPYTER_DATA_DIR="$scratch/data"

# The server works on copies (each notebook with its folder), since running them autosaves outputs.
served="$scratch/notebooks"
relative=()
for notebook in "$@"; do
  [ -f "$notebook" ] || { echo "run.sh: no notebook at $notebook" >&2; exit 1; }
  folder="$(dirname "$notebook")"
  mkdir -p "$served/$folder"
  cp -r "$folder/." "$served/$folder/"
  rm -rf "$served/$folder/node_modules"
  relative+=("$notebook")
done

port="$(/usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
token="$(/usr/bin/python3 -c 'import secrets; print(secrets.token_hex(16))')"
echo "== starting jupyter-notebook on port $port"
as_root=(); [ "$(id -u)" -ne 0 ] || as_root=(--allow-root)   # CI containers often run as root
jupyter-notebook --no-browser --ip=127.0.0.1 --port="$port" --port-retries=0 "${as_root[@]}" \
  --NotebookApp.token="$token" --notebook-dir="$served" >"$scratch/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 60); do
  /usr/bin/python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/api/status?token=$token', timeout=1)" 2>/dev/null && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$scratch/server.log" >&2; exit 1; }
  sleep 0.5
done

out="$root/test-output/browser"
mkdir -p "$out"
echo "== running ${relative[*]} in chromium"
status=0
node "$here/e2e.mjs" --url "http://127.0.0.1:$port" --token "$token" --out "$out" "${relative[@]}" || status=$?
[ $status -eq 0 ] || { echo "-- server log:"; tail -n 40 "$scratch/server.log"; }
exit $status
