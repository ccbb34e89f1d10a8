import static dev.loomlab.async.Async.*;

import dev.loomlab.async.AsyncEvent;
import dev.loomlab.async.AsyncQueue;
import dev.loomlab.async.Clock;
import dev.loomlab.async.Task;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Java side of src/bench/async-bench.sh: the same four workloads as async_bench.py.
 * Prints one line per workload: "name seconds" (best of the measured runs) or "name bytes".
 */
public final class AsyncBench {
    static final int TASKS = 100_000;
    static final int MESSAGES = 1_000_000;
    static final int PARKED = 1_000_000;

    public static void main(String[] args) {
        int warmups = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        report("sleep0", warmups, runs, AsyncBench::sleepZero);
        report("sleep10ms", warmups, runs, AsyncBench::sleepTenMillis);
        report("pingpong", warmups, runs, AsyncBench::pingPong);
        System.out.printf(Locale.ROOT, "parked_bytes %.0f%n", parkedBytes());
    }

    interface Work {
        void run();
    }

    static void report(String name, int warmups, int runs, Work w) {
        double first = -1, best = Double.MAX_VALUE;
        for (int i = 0; i < warmups + runs; i++) {
            long t0 = System.nanoTime();
            w.run();
            double s = (System.nanoTime() - t0) / 1e9;
            if (i == 0) first = s;
            if (i >= warmups) best = Math.min(best, s);
        }
        System.out.printf(Locale.ROOT, "%s %.4f first=%.4f%n", name, best, first);
    }

    /** 100,000 tasks each doing sleep(0) once, created and gathered. */
    static void sleepZero() {
        run(() -> {
            List<Task<Void>> ts = new ArrayList<>(TASKS);
            for (int i = 0; i < TASKS; i++) ts.add(createTask(() -> sleep(0)));
            gather(ts).await();
        }, Clock.system());
    }

    /** 100,000 tasks each doing sleep(0.01), created and gathered. */
    static void sleepTenMillis() {
        run(() -> {
            List<Task<Void>> ts = new ArrayList<>(TASKS);
            for (int i = 0; i < TASKS; i++) ts.add(createTask(() -> sleep(0.01)));
            gather(ts).await();
        }, Clock.system());
    }

    /** 1,000,000 queue put/get pairs between two tasks: 500,000 round trips over two queues of size 1. */
    static void pingPong() {
        run(() -> {
            var ping = new AsyncQueue<Integer>(1);
            var pong = new AsyncQueue<Integer>(1);
            int rounds = MESSAGES / 2;
            var a = createTask(() -> {
                for (int i = 0; i < rounds; i++) {
                    ping.put(i);
                    pong.get();
                }
            });
            var b = createTask(() -> {
                for (int i = 0; i < rounds; i++) pong.put(ping.get());
            });
            gather(a, b).await();
        }, Clock.system());
    }

    static long heapUsed() {
        for (int i = 0; i < 3; i++) System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Heap bytes per task with 1,000,000 tasks parked on one event (their virtual threads' stacks live in the heap). */
    static double parkedBytes() {
        double[] perTask = new double[1];
        long base = heapUsed();
        run(() -> {
            var ev = new AsyncEvent();
            List<Task<Boolean>> ts = new ArrayList<>(PARKED);
            for (int i = 0; i < PARKED; i++) ts.add(createTask(ev::await));
            sleep(0); // every task runs up to its await in this pass
            if (ev.waiting() != PARKED) throw new IllegalStateException("not all parked: " + ev.waiting());
            perTask[0] = (heapUsed() - base) / (double) PARKED;
            ev.set();
            gather(ts).await();
        }, Clock.system());
        return perTask[0];
    }
}
