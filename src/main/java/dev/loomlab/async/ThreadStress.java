package dev.loomlab.async;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/** {@link ThreadRace#stress}: many runs on real threads, outcomes counted, nothing replayable. */
final class ThreadStress {
    private ThreadStress() {}

    static <S> ThreadExploration run(ThreadRace<S> race, int runs) {
        long started = System.nanoTime();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < runs; i++) {
            counts.merge(once(race), 1, Integer::sum);
        }
        List<ThreadExploration.Found> found = new ArrayList<>();
        counts.forEach((outcome, n) -> found.add(new ThreadExploration.Found(outcome, n, -1, null, false)));
        String how = String.format(Locale.ROOT, "Stress: ran %d actors on %s threads %d times", race.actorList().size(),
                race.threadKind(), runs);
        return new ThreadExploration(how, found, runs, false, false, null, null, System.nanoTime() - started);
    }

    private static <S> String once(ThreadRace<S> race) {
        S state = race.freshState();
        List<Consumer<S>> actors = race.actorList();
        // every actor waits at the gate until all exist, so they start as close together as threads can
        CountDownLatch gate = new CountDownLatch(1);
        Throwable[] failure = new Throwable[1];
        List<Thread> threads = new ArrayList<>();
        for (Consumer<S> actor : actors) {
            threads.add(race.threads().start(() -> {
                try {
                    gate.await();
                    actor.accept(state);
                } catch (Throwable t) {
                    synchronized (failure) {
                        if (failure[0] == null) failure[0] = t;
                    }
                }
            }));
        }
        gate.countDown();
        try {
            for (Thread t : threads) t.join();
        } catch (InterruptedException e) {
            threads.forEach(Thread::interrupt);
            Thread.currentThread().interrupt();
            throw new CancelledException("stress run interrupted");
        }
        synchronized (failure) {
            if (failure[0] != null) return "threw " + describe(failure[0]);
        }
        try {
            return String.valueOf(race.resultOf(state));
        } catch (RuntimeException e) {
            return "threw " + describe(e);
        }
    }

    static String describe(Throwable t) {
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
}
