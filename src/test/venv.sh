# Sourced, not run: finds or makes the virtual environment that holds the pinned Python side
# of Loomlab (requirements-test.txt: JupyterLab, the Jupyter clients, the test tools), and sets
#   py      its python
#   venv    its folder
# and puts its bin/ first on PATH (jupyter, jupyter-console, papermill ... come from there).
#
# The folder is $LOOMLAB_VENV when set, otherwise one per version of requirements-test.txt:
#   ${XDG_CACHE_HOME:-~/.cache}/loomlab/venv-<hash of requirements-test.txt and the python>
# so every run after the first reuses it, and a changed pin file gets a fresh one. A venv whose
# making was cut short, or whose python no longer starts, is made again.
# LOOMLAB_PYTHON names the Python 3 to build it from (default: python3 on PATH).

loomlab_venv_make() {
  local root requirements base_python digest stamp
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
  requirements="$root/requirements-test.txt"
  base_python="${LOOMLAB_PYTHON:-$(command -v python3 || echo /usr/bin/python3)}"
  if ! "$base_python" -c 'import sys; assert sys.version_info >= (3, 9)' 2>/dev/null; then
    echo "venv.sh: Loomlab's tools need Python 3.9 or newer; '$base_python' is not." >&2
    return 1
  fi
  # The same pins on another Python make another venv.
  digest="$( { cat "$requirements"; "$base_python" -c 'import sys; print(sys.version)'; } | cksum | cut -d' ' -f1)"
  venv="${LOOMLAB_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/loomlab/venv-$digest}"
  py="$venv/bin/python"
  # The stamp is written last, so its presence means the install finished with these pins.
  stamp="$venv/.loomlab-requirements"

  mkdir -p "$(dirname "$venv")"
  # Two runs at once (two terminals, two CI jobs) must not build the same venv together.
  # (fd 9, not {fd}: macOS still ships bash 3.2; flock is Linux's, elsewhere runs go unlocked)
  exec 9>"$venv.lock"
  if command -v flock >/dev/null; then flock 9; fi

  if [ -f "$stamp" ] && cmp -s "$stamp" "$requirements" && "$py" -c 'import jupyter_client' 2>/dev/null; then
    exec 9>&-
    return 0
  fi
  if [ -n "${LOOMLAB_VENV:-}" ] && [ -e "$venv" ] && [ ! -f "$stamp" ]; then
    # A folder of the user's own (LOOMLAB_VENV, not made here): used as it is, never deleted.
    exec 9>&-
    if "$py" -c 'import jupyter_client' 2>/dev/null; then return 0; fi
    echo "venv.sh: LOOMLAB_VENV=$venv is not a Python environment with jupyter_client in it." >&2
    echo "  Install the pins into it ($venv/bin/pip install -r requirements-test.txt) or unset LOOMLAB_VENV." >&2
    return 1
  fi

  echo "== making the Python environment $venv from requirements-test.txt (once; later runs reuse it)"
  rm -rf "$venv"
  if ! "$base_python" -m venv "$venv"; then
    echo "venv.sh: '$base_python -m venv' failed. On Debian or Ubuntu: apt-get install python3-venv" >&2
    exec 9>&-
    return 1
  fi
  if ! "$py" -m pip install --quiet --disable-pip-version-check --no-input -r "$requirements"; then
    echo "venv.sh: installing requirements-test.txt into $venv failed (see pip's message above)." >&2
    exec 9>&-
    return 1
  fi
  cp "$requirements" "$stamp"
  exec 9>&-
  [ -n "${LOOMLAB_VENV:-}" ] || loomlab_venv_forget_old "$(dirname "$venv")"
}

# Each use rewrites a venv's .lock file, so its age says when the venv was last used. Venvs of
# pin files nobody used for two weeks (about 350 MB each) go.
loomlab_venv_forget_old() {
  local lock
  find "$1" -maxdepth 1 -name 'venv-*.lock' -mtime +14 2>/dev/null | while read -r lock; do
    rm -rf "${lock%.lock}" "$lock"
  done
}

loomlab_venv_make || { return 1 2>/dev/null || exit 1; }
PATH="$venv/bin:$PATH"
export PATH
