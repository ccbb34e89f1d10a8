#!/usr/bin/python3
"""Long sessions: one kernel runs the same cell --cells times (default 1,000: a cell gathering
200 tasks) and, per block of --block cells, reports the round trip (median and p90) and the
kernel's memory: its resident set (RSS) and, for Loomlab, the live Java heap (every object
still reachable after a full GC, summed by jcmd's class histogram from outside the kernel,
so the probe adds no cell to the session). Loomlab and
ipykernel (the same workload with asyncio) run side by side, one after the other.

  /usr/bin/python3 src/bench/soak-bench.py [--cells 1000] [--block 100] [--kernels loomlab,python3]
                                         [--histogram]   # Loomlab's top heap classes, first vs last block

Memory that "levels off" shows as RSS and retained heap that stop growing after the first
blocks; a flat latency as block medians that stay within noise of each other.
"""
import argparse
import os
import pathlib
import re
import shutil
import statistics
import subprocess
import time

from jupyter_client.manager import start_new_kernel

JAVA_CELL = """var tasks = new ArrayList<Task<Integer>>();
for (int i = 0; i < 200; i++) { int n = i; tasks.add(createTask(() -> { sleep(0); return n; })); }
gather(tasks).await().size()"""

PYTHON_CELL = """import asyncio
async def work(n):
    await asyncio.sleep(0)
    return n
len(await asyncio.gather(*(work(i) for i in range(200))))"""

CELLS = {"loomlab": JAVA_CELL, "python3": PYTHON_CELL}


def rss_mib(pid):
    for line in pathlib.Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def jcmd():
    java_home = os.environ.get("JAVA_HOME")
    if java_home and pathlib.Path(java_home, "bin", "jcmd").exists():
        return str(pathlib.Path(java_home, "bin", "jcmd"))
    return shutil.which("jcmd")


def retained_heap_mib(pid):
    """The live heap: bytes of every object reachable after the full GC the class histogram
    starts with (GC.heap_info's "used" also counts what the kernel allocates meanwhile, such as
    its idle-time compiler warm-up). None when jcmd cannot reach the JVM."""
    tool = jcmd()
    if tool is None:
        return None
    out = subprocess.run([tool, str(pid), "GC.class_histogram"], capture_output=True, text=True, timeout=300).stdout
    match = re.search(r"^Total\s+\d+\s+(\d+)", out, re.MULTILINE)
    return int(match.group(1)) / 2**20 if match else None


def histogram(pid, top=15):
    tool = jcmd()
    out = subprocess.run([tool, str(pid), "GC.class_histogram"], capture_output=True, text=True, timeout=120).stdout
    return "\n".join(out.splitlines()[:top + 3])


def round_trip(kc, code):
    t0 = time.perf_counter()
    msg_id = kc.execute(code)
    status = None
    while True:
        msg = kc.get_iopub_msg(timeout=120)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] == "error":
            raise RuntimeError("the cell failed: " + msg["content"]["evalue"])
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            return time.perf_counter() - t0


def soak(kernel, cells, block, show_histogram):
    km, kc = start_new_kernel(kernel_name=kernel, startup_timeout=120)
    pid = km.provisioner.process.pid
    rows = []
    try:
        if show_histogram and kernel == "loomlab":
            round_trip(kc, CELLS[kernel])
            retained_heap_mib(pid)
            print(f"[{kernel}] heap histogram after the first cell:\n{histogram(pid)}")
        for first in range(0, cells, block):
            trips = sorted(round_trip(kc, CELLS[kernel]) for _ in range(block))
            heap = retained_heap_mib(pid) if kernel == "loomlab" else None
            row = (first + block, statistics.median(trips) * 1000, trips[int(len(trips) * 0.9) - 1] * 1000,
                   rss_mib(pid), heap)
            rows.append(row)
            print(f"[{kernel}] cells {first + 1:>5}-{first + block:<5} p50 {row[1]:7.1f} ms  p90 {row[2]:7.1f} ms"
                  f"  RSS {row[3]:7.1f} MiB" + (f"  live heap {heap:6.1f} MiB" if heap is not None else ""),
                  flush=True)
        if show_histogram and kernel == "loomlab":
            print(f"[{kernel}] heap histogram after the last cell:\n{histogram(pid)}")
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cells", type=int, default=1000)
    parser.add_argument("--block", type=int, default=100)
    parser.add_argument("--kernels", default="loomlab,python3")
    parser.add_argument("--histogram", action="store_true")
    args = parser.parse_args()
    results = {k: soak(k, args.cells, args.block, args.histogram) for k in args.kernels.split(",")}

    print("\nsummary (first block -> last block):")
    for kernel, rows in results.items():
        first, last = rows[0], rows[-1]
        heap = f", live heap {first[4]:.1f} -> {last[4]:.1f} MiB" if first[4] is not None else ""
        print(f"  {kernel:8} p50 {first[1]:.1f} -> {last[1]:.1f} ms, RSS {first[3]:.0f} -> {last[3]:.0f} MiB{heap}")
    if "loomlab" in results and "python3" in results:
        lo, py = results["loomlab"][-1], results["python3"][-1]
        print(f"  last block, loomlab / ipykernel: latency x{lo[1] / py[1]:.1f}, RSS x{lo[3] / py[3]:.1f}")


if __name__ == "__main__":
    main()
