package dev.loomlab.async;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Runs a block under many schedules to show every outcome it can have: the answer to "it works
 * on my machine". Each run gets a fresh loop with an exact virtual clock (only timers move it)
 * and resolves differently the choices the world leaves open:
 * <ul>
 * <li>the order of tasks that become ready at the same instant (in the same batch of the
 * loop's ready queue: woken by the same timer jump, or queued before the loop came round), and of
 * timers that fire together;</li>
 * <li>with {@link #jitter(double) jitter}, how long each {@code sleep(d)} really takes: exactly
 * {@code d}, or a fraction less, or more ({@code sleep(0.1)} stands for "about 0.1 s").</li>
 * </ul>
 * What a task does between two awaits is never split: a task is only ever switched at an
 * await, as in asyncio. Under an ordinary (unexplored) loop none of this happens: the loop
 * keeps asyncio's exact FIFO order.
 *
 * <p>When the block has at most {@link #exhaustiveUpTo(int) the bound} schedules, all of them
 * are run, depth first, and each is named by its path code (0 is asyncio's own order);
 * otherwise {@link #runs(int) runs} random schedules are run, seeded from {@link #seed(long)}.
 * Either way the {@link Exploration} names a seed for each outcome that replays its schedule
 * exactly, timeline included.
 *
 * <p>The block must depend on nothing but the schedule: no real time, no randomness, no state
 * kept from one run to the next (make its variables inside the block), and no threads of its
 * own (the explorer cannot choose for them; see the thread explorer for those).
 */
public final class Explorer {
    /** How many random schedules are sampled first to estimate whether exhaustive search fits the bound. */
    private static final int PROBES = 8;

    private int runs = 1000;
    private int exhaustiveUpTo = -1;
    private long seed = 1;
    private double jitter;

    Explorer() {
    }

    /** How many schedules to run at most when they cannot all be run (default 1000). */
    public Explorer runs(int runs) {
        if (runs < 1) throw new IllegalArgumentException("runs must be at least 1, not " + runs);
        this.runs = runs;
        return this;
    }

    /** Run every schedule when there are at most this many (default: the number of runs). */
    public Explorer exhaustiveUpTo(int bound) {
        if (bound < 0) throw new IllegalArgumentException("the bound must not be negative, not " + bound);
        this.exhaustiveUpTo = bound;
        return this;
    }

    /** The first seed of random exploration (default 1); run i uses seed + i. */
    public Explorer seed(long seed) {
        this.seed = seed;
        return this;
    }

    /**
     * Lets every {@code sleep(d)} take {@code d}, {@code d * (1 - fraction)} or
     * {@code d * (1 + fraction)}; 0 (the default) keeps sleeps exact.
     */
    public Explorer jitter(double fraction) {
        if (!(fraction >= 0 && fraction < 1)) {
            throw new IllegalArgumentException("jitter is a fraction of each sleep, from 0 up to (not including) 1, not " + fraction);
        }
        this.jitter = fraction;
        return this;
    }

    public Exploration<Void> explore(AsyncRunnable block) {
        return explore(() -> {
            block.run();
            return null;
        });
    }

    public <T> Exploration<T> explore(Callable<T> block) {
        if (block == null) throw new NullPointerException("block");
        RunningLoops.checkMayRunHere("explore() runs the block on fresh loops of its own:"
                + " call it outside run(...) and outside tasks");
        int bound = exhaustiveUpTo < 0 ? runs : exhaustiveUpTo;
        long started = System.nanoTime();
        PrintedOutput.install();
        try {
            Search<T> dfs = exhaustive(block, bound);
            if (dfs.complete) {
                return new Exploration<>(this, block, dfs.all.found(), dfs.all.runs, true, dfs.asyncioOrder, null,
                        System.nanoTime() - started);
            }
            Tally<T> sample = new Tally<>();
            for (int i = 0; i < runs; i++) {
                sample.add(once(block, new RecordedChoices.Seeded(seed + i, jitter), seed + i));
            }
            return new Exploration<>(this, block, sample.found(), sample.runs, false, dfs.asyncioOrder, null,
                    System.nanoTime() - started);
        } finally {
            PrintedOutput.uninstall();
        }
    }

    /** A depth-first search, complete or given up, and what asyncio's own order (its first path) gave. */
    private record Search<T>(Tally<T> all, boolean complete, Outcome asyncioOrder) {
    }

    /**
     * Every schedule depth first; given up (not complete) past {@code bound} schedules, or as soon
     * as a few random probes estimate that there are many more than the bound, so that a huge
     * tree does not cost {@code bound} wasted runs before the random sample.
     */
    private <T> Search<T> exhaustive(Callable<T> block, int bound) {
        Tally<T> all = new Tally<>();
        Outcome asyncioOrder = null;
        List<int[]> prefix = List.of();
        while (prefix != null) {
            if (all.runs == bound) break;
            if (all.runs == PROBES && tooManyForTheBound(block, bound)) break;
            RecordedChoices.Path path = new RecordedChoices.Path(prefix, jitter);
            Schedule<T> s = once(block, path, -1);
            long code = path.pathCode();
            if (asyncioOrder == null) asyncioOrder = s.outcome(); // the first path takes option 0 everywhere
            if (code < 0) break;
            all.add(new Schedule<>(code, s.outcome(), s.timeline(), s.value()));
            prefix = RecordedChoices.Path.next(path.taken);
        }
        if (asyncioOrder == null) asyncioOrder = once(block, new RecordedChoices.Path(List.of(), 0), 0).outcome();
        return new Search<>(all, prefix == null, asyncioOrder);
    }

    /** Knuth's estimate of the number of schedules, from a few random paths, well above the bound. */
    private <T> boolean tooManyForTheBound(Callable<T> block, int bound) {
        double estimate = 0;
        for (int i = 0; i < PROBES; i++) {
            RecordedChoices.Seeded probe = new RecordedChoices.Seeded(seed + i, jitter);
            once(block, probe, seed + i);
            estimate += probe.estimatedSchedules() / PROBES;
        }
        return estimate > 4.0 * bound;
    }

    private static <T> Schedule<T> once(Callable<T> block, RecordedChoices choices, long seed) {
        Schedule<T> s = ScheduleRun.run(block, choices, seed);
        if (Thread.currentThread().isInterrupted()) throw new CancelledException("exploration interrupted");
        return s;
    }

    /** Replays one schedule of an exploration made by this explorer. */
    <T> Schedule<T> replay(Callable<T> block, long seed, boolean exhaustive) {
        PrintedOutput.install();
        try {
            RecordedChoices choices = exhaustive
                    ? new RecordedChoices.Decoded(seed, jitter)
                    : new RecordedChoices.Seeded(seed, jitter);
            return once(block, choices, seed);
        } finally {
            PrintedOutput.uninstall();
        }
    }

    double jitterFraction() {
        return jitter;
    }

    long firstSeed() {
        return seed;
    }

    /** Outcomes in the order first seen, each with how many schedules gave it and the first of them. */
    private static final class Tally<T> {
        final Map<Outcome, Exploration.Found<T>> byOutcome = new LinkedHashMap<>();
        int runs;

        void add(Schedule<T> s) {
            runs++;
            byOutcome.merge(s.outcome(), new Exploration.Found<>(s.outcome(), 1, s, false),
                    (was, one) -> new Exploration.Found<>(was.outcome(), was.count() + 1, was.first(), false));
        }

        List<Exploration.Found<T>> found() {
            return new ArrayList<>(byOutcome.values());
        }
    }
}
