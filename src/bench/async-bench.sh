#!/usr/bin/env bash
# Benchmarks dev.loomlab.async against CPython's asyncio (and uvloop when importable) on the
# same four workloads, in one run, and prints the ratios.
#   (1) 100,000 tasks each doing sleep(0) once, created and gathered
#   (2) 100,000 tasks each doing sleep(0.01), created and gathered
#   (3) 1,000,000 queue put/get pairs between two tasks (500,000 round trips, queues of size 1)
#   (4) memory per task with 1,000,000 tasks parked on one event
#       (Java: heap bytes after GC, where parked virtual threads keep their stacks;
#        CPython: growth of the process RSS)
# Times are the best of RUNS runs; the JVM first runs WARMUPS untimed rounds (its first,
# cold run is printed too). The JVM runs with JAVA_OPTS (default: ParallelGC with a 2 GB young
# generation, since 100,000 live virtual threads make G1 copy their stacks at every young GC).
# Usage: src/bench/async-bench.sh [RUNS] [WARMUPS]
# The bench sources are compiled here with javac, never into the main jar.
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
rm -rf target/bench-classes && mkdir -p target/bench-classes
"$JAVAC" --release 21 -d target/bench-classes -cp target/classes src/bench/java/AsyncBench.java

echo "Java $("$JAVA" -version 2>&1 | head -1), $("$PY" --version 2>&1), $(nproc) cores"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
echo "running CPython asyncio..."
"$PY" src/bench/python/async_bench.py "$RUNS" > "$tmp/py.txt"
HAVE_UVLOOP=0
if "$PY" -c 'import uvloop' 2>/dev/null; then
  HAVE_UVLOOP=1
  echo "running CPython + uvloop..."
  "$PY" src/bench/python/async_bench.py "$RUNS" uvloop > "$tmp/uv.txt"
fi
echo "running Java (dev.loomlab.async)..."
"$JAVA" ${JAVA_OPTS:--XX:+UseParallelGC -Xms4g -Xmx8g -Xmn2g} -cp target/classes:target/bench-classes AsyncBench "$WARMUPS" "$RUNS" > "$tmp/java.txt"

val() { awk -v k="$1" '$1==k {print $2}' "$2"; }
first() { awk -v k="$1" '$1==k {sub("first=","",$3); print $3}' "$2"; }
printf '\n%-12s %12s %12s %12s %10s\n' workload "CPython" "Java(best)" "Java(cold)" "speed-up"
for w in sleep0 sleep10ms pingpong; do
  p=$(val $w "$tmp/py.txt"); j=$(val $w "$tmp/java.txt"); c=$(first $w "$tmp/java.txt")
  awk -v w="$w" -v p="$p" -v j="$j" -v c="$c" 'BEGIN { printf "%-12s %11.3fs %11.3fs %11.3fs %9.1fx\n", w, p, j, c, p / j }'
  if [ "$HAVE_UVLOOP" = 1 ]; then
    u=$(val $w "$tmp/uv.txt")
    awk -v w="$w" -v u="$u" -v j="$j" 'BEGIN { printf "%-12s %11.3fs (uvloop) %20s %9.1fx\n", w, u, "", u / j }'
  fi
done
p=$(val parked_bytes "$tmp/py.txt"); j=$(val parked_bytes "$tmp/java.txt")
awk -v p="$p" -v j="$j" 'BEGIN { printf "%-12s %11.0fB %11.0fB %12s %9.2fx less\n", "parked/task", p, j, "", p / j }'
echo
echo "goals: speed-up >= 5x on the three timed workloads; Java <= 2048 B per parked task"
