#!/usr/bin/env bash
# How fast schedule exploration is, beside its reference, in one run:
#   explore_exhaustive_small  explore(...) of two tasks appending twice (8 schedules, all run), 100 times
#   explore_random_1000       1000 random schedules of four tasks with three jittered sleeps each
#   interleave_3_threads      ThreadRace.interleave() of three read-step-write increments (90 orders), 5 times
#   stress_atomic_2_threads   ThreadRace.stress(2000) of two AtomicInteger increments
#   reference: CPython asyncio.run() of the same small block (what one schedule would cost on asyncio)
# Then, with the kernel installed (JUPYTER_PATH), how long lesson 10's explorations take:
# every cell of notebooks/10-races.ipynb timed through nbclient.
# Usage: src/bench/explore-bench.sh [RUNS] [WARMUPS]    (PYTHON=a python with nbclient for the lesson part, e.g. $py from src/test/venv.sh)
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS="${1:-3}"
WARMUPS="${2:-2}"
export JAVA_HOME="$(./install.sh --print-java-home)"   # a JDK 21+, found as install.sh finds it (./mvnw needs it too)
JAVA="$JAVA_HOME/bin/java"; JAVAC="$JAVA_HOME/bin/javac"
PY="${PYTHON:-python3}"

if [ ! -d target/classes/dev/loomlab/async ]; then
  ./mvnw -q -B compile
fi
rm -rf target/bench-explore && mkdir -p target/bench-explore
"$JAVAC" --release 21 -d target/bench-explore -cp target/classes src/bench/java/ExploreBench.java

echo "Java $("$JAVA" -version 2>&1 | head -1), $("$PY" --version 2>&1), $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg)"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
"$PY" src/bench/python/explore_bench.py "$RUNS" > "$tmp/py.txt"
"$JAVA" -cp target/classes:target/bench-explore ExploreBench "$WARMUPS" "$RUNS" > "$tmp/java.txt"

ref=$(awk '$1=="asyncio_run_small" {print $2 / $3}' "$tmp/py.txt")
printf '\n%-26s %10s %9s %14s\n' workload schedules seconds "schedules/s"
awk '{ printf "%-26s %10d %9.3f %14.0f\n", $1, $2, $3, $2 / $3 }' "$tmp/java.txt" "$tmp/py.txt"
small=$(awk '$1=="explore_exhaustive_small" {print $2 / $3}' "$tmp/java.txt")
awk -v s="$small" -v r="$ref" 'BEGIN { printf "\none explored schedule of the small block costs %.2fx one asyncio.run() of it on CPython\n", r / s }'

if "$PY" -c 'import nbclient, jupyter_client; from jupyter_client.kernelspec import KernelSpecManager as K; K().get_kernel_spec("loomlab")' 2>/dev/null; then
  echo; echo "lesson 10, cell by cell (nbclient, LOOMLAB_CLOCK=virtual):"
  LOOMLAB_CLOCK=virtual "$PY" src/bench/python/lesson_timing.py notebooks/10-races.ipynb
else
  echo; echo "(lesson timing skipped: no loomlab kernel for $PY; install with ./install.sh --prefix DIR and set JUPYTER_PATH)"
fi
