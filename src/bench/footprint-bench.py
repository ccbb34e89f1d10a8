#!/usr/bin/env python3
"""Kernel memory footprint, Loomlab and ipykernel side by side (jupyter_client, real sockets).

  "$py" src/bench/footprint-bench.py   ($py: the test environment's python, from src/test/venv.sh) [--kernels loomlab,python3] [--cells 1000]
      [--idle-seconds 60] [--crowd 20] [--jvm-opts "-Xmx300m"] [--skip-crowd]

Measures the resident set size (RSS) of the kernel process, and its proportional set size (PSS:
pages shared with other processes, such as the JVM's class-data archive, counted in part):
  1. idle after start (kernel_info_reply received, then 2 s),
  2. settled: after --idle-seconds more (Loomlab warms its compiler up in idle time, then hands
     memory back after 20 s without work),
  3. after 5 small cells,
  4. after --cells cells, each gathering 200 tasks, then after sitting idle --idle-seconds: how
     much of it went back to the system,
  5. after a cell that allocates 200 MB and drops it, then after sitting idle --idle-seconds,
  6. --crowd kernels started at once, each running a lesson (Loomlab: the lessons in notebooks/,
     in turn, on the virtual clock as CI runs them, each JVM limited as in a 1 GiB container
     with -XX:MaxRAM=1g; ipykernel: a notebook of the same gather cells in Python): whether all
     passed, the peak of their summed RSS, and the largest one.

--jvm-opts is passed as LOOMLAB_JVM_OPTS (added after the kernelspec's own options), to try
other JVM flags without reinstalling. Needs psutil (the pinned venv has it).
"""
import argparse
import concurrent.futures
import os
import pathlib
import statistics
import subprocess
import sys
import tempfile
import threading
import time

import nbformat
import psutil
from jupyter_client.manager import start_new_kernel

MIB = 1024 * 1024
REPO = pathlib.Path(__file__).resolve().parents[2]

SMALL_CELLS = {
    "loomlab": ["1 + 1", "var greeting = \"hello\";", "System.out.println(greeting.toUpperCase());",
                "int square(int x) { return x * x; }", "square(12)"],
    "python3": ["1 + 1", "greeting = 'hello'", "print(greeting.upper())",
                "def square(x):\n    return x * x", "square(12)"],
}
BIG_CELL = {
    "loomlab": "new byte[200_000_000].length",
    "python3": "len(bytearray(200_000_000))",
}
GATHER_CELL = {
    "loomlab": "gather(java.util.stream.IntStream.range(0, 200).mapToObj(i -> createTask(() -> i)).toList())"
               ".await().size()",
    "python3": "import asyncio\nlen(await asyncio.gather(*(asyncio.sleep(0, i) for i in range(200))))",
}


def rss_of(pid):
    return psutil.Process(pid).memory_info().rss


def pss_of(pid):
    return psutil.Process(pid).memory_full_info().pss


def sit_idle(pid, seconds):
    """Waits `seconds`; returns the RSS at the end, the lowest seen and when (s) it was reached."""
    start = rss_of(pid)
    lowest, lowest_at = start, 0
    t0 = time.monotonic()
    while time.monotonic() - t0 < seconds:
        time.sleep(1)
        now = rss_of(pid)
        if now < lowest:
            lowest, lowest_at = now, time.monotonic() - t0
    return rss_of(pid), lowest, lowest_at


def run(kc, code, timeout=120):
    """Executes one cell; returns its reply status (waits for the idle status, so outputs are done)."""
    msg_id = kc.execute(code)
    status = None
    while True:
        msg = kc.get_iopub_msg(timeout=timeout)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] == "error":
            status = "error: " + msg["content"]["ename"] + ": " + msg["content"]["evalue"]
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            return status or "ok"


def prime(kernel, env):
    """Starts the kernel once and shuts it down cleanly: a JVM kernel writes its class-data archive
    on a clean exit (the kernelspec's -XX:+AutoCreateSharedArchive), as after a student's first
    session, and a later start maps it instead of loading those classes again."""
    km, kc = start_new_kernel(kernel_name=kernel, startup_timeout=120, env=env)
    kc.stop_channels()
    km.shutdown_wait_time = 120  # writing the archive takes a few seconds; jupyter_client waits 5
    km.shutdown_kernel(now=False)


def single_kernel(kernel, cells, idle_seconds, env):
    """The figures of one kernel, as (label, bytes) in the order measured."""
    km, kc = start_new_kernel(kernel_name=kernel, startup_timeout=120, env=env)
    try:
        pid = km.provisioner.pid
        figures = []

        def idle(label):
            end, lowest, lowest_at = sit_idle(pid, idle_seconds)
            figures.append((label, end))
            figures.append((f"  (lowest, reached after {lowest_at:.0f} s)", lowest))
            figures.append(("  (PSS)", pss_of(pid)))

        def cell(code, what):
            status = run(kc, code)
            if status != "ok":
                sys.exit(f"{kernel}: {what} {code!r} failed: {status}")

        time.sleep(2)
        figures.append(("idle after start", rss_of(pid)))
        figures.append(("  (PSS)", pss_of(pid)))
        idle(f"settled: {idle_seconds} s later")
        for code in SMALL_CELLS[kernel]:
            cell(code, "small cell")
        figures.append(("after 5 small cells", rss_of(pid)))
        t0 = time.perf_counter()
        peak = 0
        for i in range(cells):
            cell(GATHER_CELL[kernel], f"gather cell {i + 1}")
            if i % 50 == 0:
                peak = max(peak, rss_of(pid))
        elapsed = time.perf_counter() - t0
        after = rss_of(pid)
        figures.append((f"after {cells} gather-200 cells", after))
        figures.append((f"  (peak sampled during them; {elapsed:.0f} s)", max(peak, after)))
        idle(f"  then {idle_seconds} s idle")
        cell(BIG_CELL[kernel], "the 200 MB cell")
        figures.append(("after a cell allocating 200 MB", rss_of(pid)))
        idle(f"  then {idle_seconds} s idle")
        return figures
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


def crowd_notebooks(kernel, count, workdir):
    """The notebook each of the crowd's kernels runs."""
    if kernel == "loomlab":
        lessons = sorted((REPO / "notebooks").glob("[0-9][0-9]-*.ipynb"))
        return [lessons[i % len(lessons)] for i in range(count)]
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.cells = [nbformat.v4.new_code_cell(c) for c in SMALL_CELLS["python3"] + [GATHER_CELL["python3"]] * 20]
    path = pathlib.Path(workdir) / "python-gather.ipynb"
    nbformat.write(nb, path)
    return [path] * count


RUN_ONE = """
import sys, nbformat, nbclient
nb = nbformat.read(sys.argv[1], as_version=4)
nbclient.NotebookClient(nb, kernel_name=sys.argv[2], timeout=600, startup_timeout=300,
                        resources={"metadata": {"path": sys.argv[3]}}).execute()
"""


def crowd(kernel, count, env):
    """Starts `count` notebook runs at once; samples the summed RSS of their kernels until all end."""
    with tempfile.TemporaryDirectory(prefix="footprint-") as workdir:
        notebooks = crowd_notebooks(kernel, count, workdir)
        runs = [subprocess.Popen([sys.executable, "-c", RUN_ONE, str(nb), kernel, str(nb.parent)], env=env,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
                for nb in notebooks]
        peak_total, peak_one, samples = 0, 0, []
        t0 = time.monotonic()
        while any(r.poll() is None for r in runs):
            sizes = []
            for r in runs:
                try:
                    for child in psutil.Process(r.pid).children(recursive=True):
                        sizes.append(child.memory_info().rss)
                except psutil.NoSuchProcess:
                    pass
            if sizes:
                peak_total = max(peak_total, sum(sizes))
                peak_one = max(peak_one, max(sizes))
                samples.append(len(sizes))
            time.sleep(0.5)
        elapsed = time.monotonic() - t0
        failed = [(nb.name, r.stderr.read().strip().splitlines()[-1:]) for nb, r in zip(notebooks, runs)
                  if r.returncode != 0]
    return {"passed": count - len(failed), "count": count, "failed": failed, "seconds": elapsed,
            "peak total": peak_total, "peak one": peak_one, "most at once": max(samples, default=0)}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kernels", default="loomlab,python3")
    parser.add_argument("--cells", type=int, default=1000)
    parser.add_argument("--idle-seconds", type=int, default=60)
    parser.add_argument("--crowd", type=int, default=20)
    parser.add_argument("--skip-crowd", action="store_true")
    parser.add_argument("--skip-single", action="store_true")
    parser.add_argument("--jvm-opts", default=None, metavar="OPTS", help="passed to Loomlab as LOOMLAB_JVM_OPTS")
    args = parser.parse_args()

    env = dict(os.environ)
    if args.jvm_opts is not None:
        env["LOOMLAB_JVM_OPTS"] = args.jvm_opts
    # Each crowd JVM is limited as a 1 GiB container limits it (heap at most a quarter of that).
    crowd_env = dict(env, LOOMLAB_CLOCK="virtual",
                     LOOMLAB_JVM_OPTS=(env.get("LOOMLAB_JVM_OPTS", "") + " -XX:MaxRAM=1g").strip())
    print(f"{psutil.cpu_count()} cores, {psutil.virtual_memory().total / MIB / 1024:.0f} GiB; "
          f"LOOMLAB_JVM_OPTS={env.get('LOOMLAB_JVM_OPTS', '')!r}", flush=True)
    for kernel in args.kernels.split(","):
        print(f"\n== {kernel}", flush=True)
        prime(kernel, env)
        if not args.skip_single:
            for label, value in single_kernel(kernel, args.cells, args.idle_seconds, env):
                print(f"  {label:<48} {value / MIB:7.0f} MiB", flush=True)
        if not args.skip_crowd:
            result = crowd(kernel, args.crowd, crowd_env)
            print(f"  {args.crowd} kernels at once, each running a notebook: {result['passed']}/{result['count']} passed "
                  f"in {result['seconds']:.0f} s; peak total RSS {result['peak total'] / MIB:.0f} MiB "
                  f"({result['most at once']} kernels alive at most), largest kernel {result['peak one'] / MIB:.0f} MiB",
                  flush=True)
            for name, last_line in result["failed"]:
                print(f"    FAILED {name}: {last_line}")


if __name__ == "__main__":
    main()
