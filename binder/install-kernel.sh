#!/usr/bin/env bash
# Installs Loomlab into one Python environment, the way a course deploys it: builds the wheel
# (Maven builds the jar when the checkout has none), pip-installs it, and writes the kernelspec
# into that environment (python -m loomlab install --sys-prefix). The Dockerfile, binder/postBuild
# and CI (src/test/python/test_install_as_student.py) all run this script.
#
#   binder/install-kernel.sh [PYTHON]     PYTHON: the environment's python (default: python3 on PATH)
#
# Needs a JDK 21+ (JAVA_HOME, java on PATH, or /usr/lib/jvm) and network access to PyPI; Maven
# Central (for ./mvnw) only when target/loomlab.jar is missing or older than the sources.
# Runs as an ordinary user: nothing is written into the checkout.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
python="${1:-python3}"
build="$(mktemp -d)"
trap 'rm -rf "$build"' EXIT

# Build from a copy, so a read-only checkout (or one owned by another user) works too.
# cp -p keeps the times, so a jar newer than the sources is used as it is.
mkdir -p "$build/src" "$build/target"
cp -rp "$repo/pyproject.toml" "$repo/pom.xml" "$repo/mvnw" "$repo/.mvn" "$repo/kernel" "$repo/python" "$build/"
cp -rp "$repo/src/main" "$build/src/"
[ -f "$repo/target/loomlab.jar" ] && cp -p "$repo/target/loomlab.jar" "$build/target/"

echo "== building the loomlab wheel"
"$python" -m pip wheel --quiet --no-deps --wheel-dir "$build/dist" "$build"
echo "== installing it into $("$python" -c 'import sys; print(sys.prefix)')"
"$python" -m pip install --quiet "$build"/dist/loomlab-*.whl
"$python" -m loomlab install --sys-prefix
