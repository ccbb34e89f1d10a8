"""The reference side of src/bench/explore-bench.sh: CPython has no schedule explorer, so the
reference is the cost of one ordinary asyncio.run of the same small block (the two appenders),
i.e. what a schedule would cost if an explorer re-ran asyncio itself. Prints "name runs seconds"."""
import asyncio
import sys
import time


async def two_appenders():
    log = []

    async def append_twice(who):
        log.append(who + "1")
        await asyncio.sleep(0)
        log.append(who + "2")

    await asyncio.gather(append_twice("a"), append_twice("b"))
    return " ".join(log)


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    n = 800
    best = float("inf")
    for _ in range(rounds):
        t0 = time.perf_counter()
        for _ in range(n):
            asyncio.run(two_appenders())
        best = min(best, time.perf_counter() - t0)
    print(f"asyncio_run_small {n} {best:.4f}")


if __name__ == "__main__":
    main()
