package dev.loomlab.async;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * {@link ThreadRace#interleave}: runs the actors one at a time, switching only at
 * {@link ThreadRace#step()}, and tries every order of their steps (depth first, or a seeded
 * sample past the bound). The controller is the calling thread: it hands the turn to one actor
 * and waits until that actor reaches its next step or ends.
 */
final class Interleaving {
    private static final ThreadLocal<Turn> TURN = new ThreadLocal<>();
    /** How often the controller looks whether the actor it waits for is stuck on a lock. */
    private static final long CHECK_MILLIS = 20;

    private Interleaving() {}

    /** An actor's link to its controller: the actor's own semaphore and the controller's. */
    private record Turn(Semaphore go, Semaphore back, AtomicBoolean abandoned, AtomicBoolean holding) {
        void pause() {
            if (abandoned.get()) return;
            holding.set(false);
            back.release();
            take();
        }

        /** Waits for the turn; {@code holding} then tells the controller that the actor runs its own code. */
        void take() {
            go.acquireUninterruptibly();
            holding.set(true);
        }
    }

    static void stepIfControlled() {
        Turn t = TURN.get();
        if (t != null) t.pause();
    }

    static <S> ThreadExploration explore(ThreadRace<S> race, int bound) {
        long started = System.nanoTime();
        Map<String, ThreadExploration.Found> all = new LinkedHashMap<>();
        boolean exhaustive = true;
        int runs = 0;
        List<int[]> prefix = List.of();
        while (prefix != null) {
            if (runs == bound) {
                exhaustive = false;
                break;
            }
            RecordedChoices.Path path = new RecordedChoices.Path(prefix, 0);
            String[] result = once(race, path);
            long code = path.pathCode();
            if (code < 0) {
                exhaustive = false;
                break;
            }
            if (path.divergedAt >= 0) throw new RecordedChoices.NondeterministicBlockException(path.divergedAt);
            tally(all, result, code);
            runs++;
            prefix = RecordedChoices.Path.next(path.taken);
        }
        if (!exhaustive) {
            all.clear();
            for (runs = 0; runs < bound; runs++) tally(all, once(race, new RecordedChoices.Seeded(runs + 1, 0)), runs + 1);
        }
        boolean everyOrder = exhaustive;
        String how = everyOrder
                ? String.format(Locale.ROOT, "Interleavings: tried all %d orders of the %d actors' steps", runs, race.actorList().size())
                : String.format(Locale.ROOT, "Interleavings: tried %d random orders (seeds 1..%d) of the %d actors' steps;"
                        + " there are more", runs, runs, race.actorList().size());
        return new ThreadExploration(how, new ArrayList<>(all.values()), runs, everyOrder, true, seed -> {
            RecordedChoices choices = everyOrder ? new RecordedChoices.Decoded(seed, 0) : new RecordedChoices.Seeded(seed, 0);
            String[] r = once(race, choices);
            return new ThreadExploration.Found(r[0], 1, seed, r[1], false);
        }, null, System.nanoTime() - started);
    }

    private static void tally(Map<String, ThreadExploration.Found> all, String[] result, long seed) {
        all.merge(result[0], new ThreadExploration.Found(result[0], 1, seed, result[1], false),
                (was, one) -> new ThreadExploration.Found(was.outcome(), was.count() + 1, was.seed(), was.steps(), false));
    }

    /** One run under {@code choices}: the outcome and the order the actors took turns in. */
    private static <S> String[] once(ThreadRace<S> race, RecordedChoices choices) {
        S state = race.freshState();
        List<Consumer<S>> actors = race.actorList();
        int n = actors.size();
        Semaphore back = new Semaphore(0);
        Semaphore[] go = new Semaphore[n];
        boolean[] finished = new boolean[n];
        Throwable[] failure = new Throwable[1];
        Thread[] threads = new Thread[n];
        var abandoned = new AtomicBoolean();
        Turn[] turns = new Turn[n];
        for (int i = 0; i < n; i++) {
            go[i] = new Semaphore(0);
            Turn turn = new Turn(go[i], back, abandoned, new AtomicBoolean());
            turns[i] = turn;
            Consumer<S> actor = actors.get(i);
            int me = i;
            threads[i] = race.threads().start(() -> {
                TURN.set(turn);
                turn.take();
                try {
                    actor.accept(state);
                } catch (Throwable t) {
                    if (failure[0] == null) failure[0] = t; // one actor runs at a time: no race on this
                } finally {
                    TURN.remove();
                    turn.holding().set(false);
                    finished[me] = true;
                    back.release();
                }
            });
        }
        List<String> order = new ArrayList<>();
        int current = -1;
        for (;;) {
            List<Integer> live = new ArrayList<>();
            if (current >= 0 && !finished[current]) live.add(current); // option 0: no switch
            for (int i = 0; i < n; i++) if (!finished[i] && i != current) live.add(i);
            if (live.isEmpty()) break;
            int pick = live.get(live.size() == 1 ? 0 : choices.choose(live.size()));
            if (order.isEmpty() || pick != current) order.add("actor " + (pick + 1));
            current = pick;
            go[pick].release();
            try {
                awaitStepOrEnd(back, threads[pick], turns[pick].holding(), pick);
            } catch (RuntimeException e) {
                // let every actor run free to its end, so that none stays parked holding a lock
                abandoned.set(true);
                for (Semaphore g : go) g.release(Integer.MAX_VALUE / 2);
                throw e;
            }
        }
        String steps = String.join(" → ", order);
        if (failure[0] != null) return new String[] {"threw " + ThreadStress.describe(failure[0]), steps};
        try {
            return new String[] {String.valueOf(race.resultOf(state)), steps};
        } catch (RuntimeException e) {
            return new String[] {"threw " + ThreadStress.describe(e), steps};
        }
    }

    /**
     * Waits until the actor given the turn pauses at a step or ends. An actor that, while running
     * its own code (not while still waking up to take its turn, which a busy machine can make
     * slow), sits blocked on a monitor or parked, waits for another actor that is paused: that
     * cannot end, and is reported.
     */
    private static void awaitStepOrEnd(Semaphore back, Thread actor, AtomicBoolean holding, int index) {
        int stuck = 0;
        try {
            while (!back.tryAcquire(CHECK_MILLIS, TimeUnit.MILLISECONDS)) {
                Thread.State s = actor.getState();
                boolean blocked = holding.get() && (s == Thread.State.BLOCKED || s == Thread.State.WAITING); // TIMED_WAITING ends by itself
                stuck = blocked ? stuck + 1 : 0;
                if (stuck >= 5) {
                    throw new IllegalStateException("actor " + (index + 1) + " blocked (on a lock, a join or a wait)"
                            + " while another actor was paused at step(): interleave() runs one actor at a time and"
                            + " cannot explore blocking code. Use stress() for races with locks or synchronized.");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException("interleaving interrupted");
        }
    }
}
