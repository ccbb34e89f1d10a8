import static dev.loomlab.async.Async.*;

import dev.loomlab.async.Exploration;
import dev.loomlab.async.ThreadRace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Java side of src/bench/explore-bench.sh: how many schedules per second the explorers run.
 * Prints "name schedules seconds" lines, best of the measured rounds.
 */
public final class ExploreBench {
    /** Two tasks append twice each with a yield between: 8 schedules, run exhaustively. */
    static Callable<String> twoAppenders() {
        return () -> {
            List<String> log = new ArrayList<>();
            var a = createTask(() -> { log.add("a1"); sleep(0); log.add("a2"); return null; });
            var b = createTask(() -> { log.add("b1"); sleep(0); log.add("b2"); return null; });
            gather(a, b).await();
            return String.join(" ", log);
        };
    }

    /** Four tasks, three jittered sleeps each: far too many schedules, so a random sample. */
    static Callable<Integer> fourSleepers() {
        return () -> {
            int[] count = {0};
            List<dev.loomlab.async.Task<Object>> tasks = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                tasks.add(createTask(() -> { for (int k = 0; k < 3; k++) { int v = count[0]; sleep(0.1); count[0] = v + 1; } return null; }));
            }
            gather(tasks).await();
            return count[0];
        };
    }

    static void increment(int[] c) {
        int v = c[0];
        ThreadRace.step();
        c[0] = v + 1;
    }

    interface Round {
        int schedules();
    }

    public static void main(String[] args) {
        int warmups = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        report("explore_exhaustive_small", warmups, runs, () -> {
            int n = 0;
            for (int i = 0; i < 100; i++) n += explore(1000, twoAppenders()).schedules();
            return n;
        });
        report("explore_random_1000", warmups, runs, () -> {
            Exploration<Integer> e = explorer().runs(1000).jitter(0.2).explore(fourSleepers());
            if (e.exhaustive()) throw new IllegalStateException("expected a random sample");
            return e.schedules();
        });
        report("interleave_3_threads", warmups, runs, () -> {
            int n = 0;
            for (int i = 0; i < 5; i++) n += ThreadRace.of(() -> new int[1]).actors(3, ExploreBench::increment).result(c -> c[0]).interleave().runs();
            return n;
        });
        report("stress_atomic_2_threads", warmups, runs, () -> ThreadRace.of(AtomicInteger::new)
                .actors(2, c -> c.incrementAndGet()).result(AtomicInteger::get).stress(2000).runs());
    }

    static void report(String name, int warmups, int runs, Round r) {
        double best = Double.MAX_VALUE;
        int schedules = 0;
        for (int i = 0; i < warmups + runs; i++) {
            long t0 = System.nanoTime();
            schedules = r.schedules();
            double s = (System.nanoTime() - t0) / 1e9;
            if (i >= warmups) best = Math.min(best, s);
        }
        System.out.printf(Locale.ROOT, "%s %d %.4f%n", name, schedules, best);
    }
}
