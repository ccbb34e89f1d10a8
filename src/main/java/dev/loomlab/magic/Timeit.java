package dev.loomlab.magic;

import java.util.Arrays;

/**
 * The timing loop behind {@code %timeit}, run inside the session so the measured code is
 * compiled once and called directly. Like IPython's timeit: warm up, pick a loop count that
 * makes one run last about 0.2 s, then repeat the run and report mean, spread and best.
 * It is not JMH: nothing stops the JIT from removing work whose result is unused.
 */
public final class Timeit {
    private static final long TARGET_RUN_NANOS = 200_000_000L;
    private static final int RUNS = 5;

    private Timeit() {}

    /** Measures {@code body} and prints the result to the cell. */
    public static void report(Runnable body) {
        System.out.println(measure(body));
    }

    public static String measure(Runnable body) {
        long warmUpEnd = System.nanoTime() + TARGET_RUN_NANOS;
        long loops = 1;
        while (true) {
            long start = System.nanoTime();
            for (long i = 0; i < loops; i++) body.run();
            long elapsed = System.nanoTime() - start;
            if (elapsed >= TARGET_RUN_NANOS / 10 && System.nanoTime() >= warmUpEnd) {
                loops = Math.max(1, loops * TARGET_RUN_NANOS / Math.max(1, elapsed));
                break;
            }
            if (elapsed < TARGET_RUN_NANOS / 10) loops *= 10;
        }
        double[] perLoop = new double[RUNS];
        for (int r = 0; r < RUNS; r++) {
            long start = System.nanoTime();
            for (long i = 0; i < loops; i++) body.run();
            perLoop[r] = (System.nanoTime() - start) / (double) loops;
        }
        double mean = Arrays.stream(perLoop).average().orElse(0);
        double std = Math.sqrt(Arrays.stream(perLoop).map(t -> (t - mean) * (t - mean)).sum() / RUNS);
        double best = Arrays.stream(perLoop).min().orElse(0);
        return String.format("%s ± %s per loop (mean ± std. dev. of %d runs, %,d loops each); best %s%n"
                        + "(after a warm-up; a quick estimate, not JMH: the JIT may optimise away unused results)",
                format(mean), format(std), RUNS, loops, format(best));
    }

    static String format(double nanos) {
        if (nanos < 1_000) return String.format("%.1f ns", nanos);
        if (nanos < 1_000_000) return String.format("%.2f µs", nanos / 1_000);
        if (nanos < 1_000_000_000) return String.format("%.2f ms", nanos / 1_000_000);
        return String.format("%.3f s", nanos / 1_000_000_000);
    }
}
