#!/usr/bin/env bash
# Builds Loomlab with ./mvnw (when the jar is missing or older than the sources) and installs the
# Jupyter kernelspec "loomlab".
#
#   ./install.sh                 install for the current user (default)
#   ./install.sh --user          the same
#   ./install.sh --sys-prefix    into the prefix of the Python that runs `jupyter`
#   ./install.sh --prefix DIR    into DIR/share/jupyter/kernels
#   ./install.sh --uninstall     remove it again (combine with the options above)
#   ./install.sh --print-java-home   only say which JDK it would use (the test scripts ask)
#
# The kernel needs JDK 21 or newer: JAVA_HOME is tried first, then `java` on PATH, then
# every JDK under /usr/lib/jvm, then under /opt/java (python -m loomlab looks in the same order).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
where="user"
prefix=""
uninstall=false
print_java_home=false
while [ $# -gt 0 ]; do
  case "$1" in
    --user) where="user" ;;
    --sys-prefix) where="sys-prefix" ;;
    --prefix) where="prefix"; prefix="${2:?--prefix needs a directory}"; shift ;;
    --prefix=*) where="prefix"; prefix="${1#--prefix=}" ;;
    --uninstall) uninstall=true ;;
    --print-java-home) print_java_home=true ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install.sh: unknown option '$1' (try --help)" >&2; exit 2 ;;
  esac
  shift
done

# --- where the kernelspec goes -------------------------------------------------------
jupyter_python() {
  # The Python that runs `jupyter` decides --sys-prefix; Debian's lives in /usr/bin.
  local jupyter interpreter
  jupyter="$(command -v jupyter || true)"
  [ -z "$jupyter" ] && [ -x /usr/bin/jupyter ] && jupyter=/usr/bin/jupyter
  if [ -n "$jupyter" ]; then
    read -r interpreter rest < <(head -n 1 "$jupyter" | sed 's/^#! *//')
    case "$interpreter" in
      */env) command -v "${rest%% *}" && return ;;
      /*) echo "$interpreter"; return ;;
    esac
  fi
  command -v python3 || echo /usr/bin/python3
}

case "$where" in
  user) kernels_dir="${JUPYTER_DATA_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/jupyter}/kernels" ;;
  sys-prefix) kernels_dir="$("$(jupyter_python)" -c 'import sys; print(sys.prefix)')/share/jupyter/kernels" ;;
  prefix) kernels_dir="$prefix/share/jupyter/kernels" ;;
esac
spec_dir="$kernels_dir/loomlab"

if $uninstall; then
  if [ -d "$spec_dir" ]; then
    rm -rf "$spec_dir"
    echo "Removed the Loomlab kernel from $spec_dir"
  else
    echo "Loomlab is not installed in $kernels_dir (nothing to remove)"
  fi
  exit 0
fi

# --- find a JDK 21+ ------------------------------------------------------------------
java_feature_version() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n 1
}
tried=()
java_bin=""
consider() {
  local candidate="$1"
  [ -x "$candidate" ] || return 1
  local version
  version="$(java_feature_version "$candidate")"
  tried+=("$candidate (Java ${version:-unknown})")
  if [ -n "$version" ] && [ "${version%%.*}" -ge 21 ] 2>/dev/null; then
    java_bin="$(readlink -f "$candidate")"
    return 0
  fi
  return 1
}
{ [ -n "${JAVA_HOME:-}" ] && consider "$JAVA_HOME/bin/java"; } \
  || { command -v java >/dev/null && consider "$(command -v java)"; } \
  || for jdk in /usr/lib/jvm/*/ /opt/java/*/; do consider "${jdk}bin/java" && break; done || true
if [ -z "$java_bin" ]; then
  echo "install.sh: Loomlab needs Java 21 or newer, and none was found." >&2
  if [ ${#tried[@]} -gt 0 ]; then
    echo "  Found only:" >&2
    printf '    %s\n' "${tried[@]}" >&2
  else
    echo "  No java in JAVA_HOME, on PATH or under /usr/lib/jvm." >&2
  fi
  echo "  Install a JDK 21+ (e.g. Temurin 21 or 25) and point JAVA_HOME at it." >&2
  exit 1
fi
java_home="$(dirname "$(dirname "$java_bin")")"
if $print_java_home; then echo "$java_home"; exit 0; fi

# --- build when the jar is missing or stale --------------------------------------------
jar="$here/target/loomlab.jar"
if [ ! -f "$jar" ] || [ -n "$(find "$here/pom.xml" "$here/src/main" -newer "$jar" -type f 2>/dev/null | head -n 1)" ]; then
  echo "Building Loomlab with $java_bin ..."
  # The Maven wrapper fetches the Maven version the project pins (once, into ~/.m2/wrapper).
  (cd "$here" && JAVA_HOME="$java_home" ./mvnw -q -B -DskipTests package)
fi

# --- install -------------------------------------------------------------------------
mkdir -p "$spec_dir"
cp "$jar" "$spec_dir/loomlab.jar"
cp "$here/kernel/logo-32x32.png" "$here/kernel/logo-64x64.png" "$here/kernel/launch.sh" "$spec_dir/"
cache_dir="${XDG_CACHE_HOME:-$HOME/.cache}/loomlab"
mkdir -p "$cache_dir" 2>/dev/null || true
# A class-data archive made on first start makes later starts faster (JDK 19+).
jsa="$cache_dir/loomlab-$(java_feature_version "$java_bin")-$(cksum < "$jar" | cut -d' ' -f1).jsa"
json_escape() { printf '%s' "$1" | sed 's/\\/\\\\/g; s/"/\\"/g'; }
sed -e "s|@JAVA@|$(json_escape "$java_bin")|" \
    -e "s|@LAUNCHER@|$(json_escape "$spec_dir/launch.sh")|" \
    -e "s|@JAR@|$(json_escape "$spec_dir/loomlab.jar")|" \
    -e "s|@CDS_ARCHIVE@|$(json_escape "$jsa")|" \
    "$here/kernel/kernel.json" > "$spec_dir/kernel.json"
if grep -q '@[A-Z_]*@' "$spec_dir/kernel.json"; then
  echo "install.sh: internal error, a placeholder is left in $spec_dir/kernel.json" >&2
  exit 1
fi
echo "Installed the Loomlab kernel (Java $(java_feature_version "$java_bin"), $java_bin) in $spec_dir"
echo "Start it with:  jupyter console --kernel loomlab   or pick \"Java (Loomlab)\" in JupyterLab."
