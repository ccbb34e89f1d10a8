#!/usr/bin/python3
"""Kernel speed, measured as a frontend sees it (jupyter_client, real sockets).

  /usr/bin/python3 src/bench/kernel-bench.py [--kernel loomlab] [--starts 5] [--runs 50] [--code "1 + 1"] [--warmups 5]

Prints: launch to first kernel_info_reply (median of --starts fresh kernels), and the round
trip of executing `1 + 1` (request sent to idle received) over --runs runs after --warmups
untimed ones (5 by default), with the kernel process's CPU time per run (user + system, from
psutil): on a loaded machine the round trip mostly measures waiting for a core, the CPU time
what the kernel itself spends.
"""
import argparse
import statistics
import time

import psutil

from jupyter_client.manager import KernelManager


def start_time(kernel):
    km = KernelManager(kernel_name=kernel)
    t0 = time.perf_counter()
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    kc.wait_for_ready(timeout=60)  # sends kernel_info_request until the reply arrives
    elapsed = time.perf_counter() - t0
    return elapsed, km, kc


def round_trip(kc, code):
    t0 = time.perf_counter()
    msg_id = kc.execute(code)
    while True:
        msg = kc.get_iopub_msg(timeout=60)
        if (msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "status"
                and msg["content"]["execution_state"] == "idle"):
            return time.perf_counter() - t0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kernel", default="loomlab")
    parser.add_argument("--starts", type=int, default=5)
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--code", default="1 + 1", help="the cell to time (default: 1 + 1)")
    parser.add_argument("--warmups", type=int, default=5, help="untimed runs first (default 5)")
    args = parser.parse_args()

    starts = []
    for i in range(args.starts):
        elapsed, km, kc = start_time(args.kernel)
        starts.append(elapsed)
        if i < args.starts - 1:
            kc.stop_channels()
            km.shutdown_kernel(now=True)
    for _ in range(args.warmups):
        round_trip(kc, args.code)
    kernel = psutil.Process(km.provisioner.pid)
    cpu_before = sum(kernel.cpu_times()[:2])
    trips = sorted(round_trip(kc, args.code) for _ in range(args.runs))
    cpu_per_run = (sum(kernel.cpu_times()[:2]) - cpu_before) / args.runs
    kc.stop_channels()
    km.shutdown_kernel(now=True)

    print(f"kernel: {args.kernel}")
    print(f"start to kernel_info_reply: median {statistics.median(starts):.3f} s "
          f"(min {min(starts):.3f}, max {max(starts):.3f}, {len(starts)} starts)")
    p90 = trips[int(len(trips) * 0.9) - 1]
    print(f"execute {args.code!r} round trip: p50 {statistics.median(trips) * 1000:.1f} ms, "
          f"p90 {p90 * 1000:.1f} ms, min {trips[0] * 1000:.1f} ms ({len(trips)} runs); "
          f"kernel CPU {cpu_per_run * 1000:.1f} ms per run")


if __name__ == "__main__":
    main()
