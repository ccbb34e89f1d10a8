package dev.loomlab.async;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * {@link ThreadRace#stress}: many runs on real threads, outcomes counted, nothing replayable.
 * As in JCStress, the actor threads are made once and reused for every run, and they start each
 * run by spinning on a shared round counter rather than by waking from a park: a woken thread
 * starts tens of microseconds late, long enough for a short actor to finish before the other
 * one begins, and then no race could ever show.
 */
final class ThreadStress {
    /** Spins between two yields: a spinning virtual thread must let others have its carrier now and then. */
    private static final int SPINS_BEFORE_YIELD = 1_000;

    private ThreadStress() {}

    private static final class Rounds<S> {
        volatile int round;
        volatile boolean abandoned;
        volatile S state;
        final AtomicInteger finished = new AtomicInteger();
        volatile Throwable failure;
    }

    static <S> ThreadExploration run(ThreadRace<S> race, int runs) {
        long started = System.nanoTime();
        List<Consumer<S>> actors = race.actorList();
        int n = actors.size();
        Rounds<S> rounds = new Rounds<>();
        List<Thread> threads = new ArrayList<>();
        for (Consumer<S> actor : actors) {
            threads.add(race.threads().start(() -> {
                for (int r = 1; r <= runs; r++) {
                    int want = r;
                    if (!spinUntil(() -> rounds.round >= want || rounds.abandoned)) return;
                    if (rounds.abandoned) return;
                    try {
                        actor.accept(rounds.state);
                    } catch (Throwable t) {
                        if (rounds.failure == null) rounds.failure = t;
                    }
                    rounds.finished.incrementAndGet();
                }
            }));
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        try {
            for (int r = 1; r <= runs; r++) {
                S state = race.freshState();
                rounds.state = state;
                rounds.failure = null;
                rounds.finished.set(0);
                rounds.round = r; // the volatile write that publishes the fresh state and starts the actors
                if (!spinUntil(() -> rounds.finished.get() == n)) {
                    throw new CancelledException("stress run interrupted");
                }
                counts.merge(outcome(race, state, rounds.failure), 1, Integer::sum);
            }
        } finally {
            rounds.abandoned = true;
        }
        List<ThreadExploration.Found> found = new ArrayList<>();
        counts.forEach((outcome, count) -> found.add(new ThreadExploration.Found(outcome, count, -1, null, false)));
        String how = String.format(Locale.ROOT, "Stress: ran %d actors on %s threads %d times", n, race.threadKind(), runs);
        return new ThreadExploration(how, found, runs, false, false, null, null, System.nanoTime() - started);
    }

    private static <S> String outcome(ThreadRace<S> race, S state, Throwable failure) {
        if (failure != null) return "threw " + describe(failure);
        try {
            return String.valueOf(race.resultOf(state));
        } catch (RuntimeException e) {
            return "threw " + describe(e);
        }
    }

    /** Spins until {@code done} holds; false if the calling thread was interrupted meanwhile. */
    private static boolean spinUntil(java.util.function.BooleanSupplier done) {
        int spins = 0;
        while (!done.getAsBoolean()) {
            if (++spins % SPINS_BEFORE_YIELD == 0) {
                if (Thread.currentThread().isInterrupted()) return false;
                Thread.yield();
            } else {
                Thread.onSpinWait();
            }
        }
        return true;
    }

    static String describe(Throwable t) {
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
}
