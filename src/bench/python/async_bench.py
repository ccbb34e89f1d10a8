"""The CPython side of src/bench/async-bench.sh: the same four workloads as AsyncBench.java."""
import asyncio, gc, sys, time

TASKS = 100_000
MESSAGES = 1_000_000
PARKED = 1_000_000


def report(name, runs, make):
    best, first = float("inf"), None
    for i in range(runs):
        t0 = time.perf_counter()
        asyncio.run(make())
        s = time.perf_counter() - t0
        first = s if first is None else first
        best = min(best, s)
    print(f"{name} {best:.4f} first={first:.4f}", flush=True)


async def sleep_zero():
    await asyncio.gather(*[asyncio.create_task(asyncio.sleep(0)) for _ in range(TASKS)])


async def sleep_ten_millis():
    await asyncio.gather(*[asyncio.create_task(asyncio.sleep(0.01)) for _ in range(TASKS)])


async def ping_pong():
    ping, pong = asyncio.Queue(1), asyncio.Queue(1)
    rounds = MESSAGES // 2

    async def a():
        for i in range(rounds):
            await ping.put(i)
            await pong.get()

    async def b():
        for _ in range(rounds):
            await pong.put(await ping.get())

    await asyncio.gather(asyncio.create_task(a()), asyncio.create_task(b()))


def rss_bytes():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    return 0


def parked_bytes():
    out = {}

    async def main():
        ev = asyncio.Event()
        gc.collect()
        base = rss_bytes()
        ts = [asyncio.create_task(ev.wait()) for _ in range(PARKED)]
        await asyncio.sleep(0)
        gc.collect()
        out["per_task"] = (rss_bytes() - base) / PARKED
        ev.set()
        await asyncio.gather(*ts)

    asyncio.run(main())
    return out["per_task"]


if __name__ == "__main__":
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    if len(sys.argv) > 2 and sys.argv[2] == "uvloop":
        import uvloop
        uvloop.install()
    report("sleep0", runs, sleep_zero)
    report("sleep10ms", runs, sleep_ten_millis)
    report("pingpong", runs, ping_pong)
    print(f"parked_bytes {parked_bytes():.0f}", flush=True)
