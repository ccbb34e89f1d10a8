package dev.loomlab.async;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The choices of one explored schedule, each recorded with how many options it had, so that
 * the schedule can be named by a number and replayed. Two ways to choose: by a seed (random
 * exploration) or by a path code (exhaustive exploration, where option 0 everywhere is
 * asyncio's own order and the code is the choices read as a mixed-radix number).
 */
abstract class RecordedChoices implements ScheduleChoices {
    /** With jitter, a sleep takes its time, a little less, or a little more: option 0 is "exactly". */
    private static final int JITTER_OPTIONS = 3;

    private final double jitter;
    final List<int[]> taken = new ArrayList<>();
    /** Whether the run ended in a deadlock (see {@link EventLoop#endDeadlock()}). */
    boolean deadlock;

    @Override
    public final void deadlocked() {
        deadlock = true;
    }

    /** The first choice where a replayed path met a different number of options than before; -1 if none. */
    int divergedAt = -1;

    RecordedChoices(double jitter) {
        this.jitter = jitter;
    }

    abstract int pick(int options);

    @Override
    public final int choose(int options) {
        int c = pick(options);
        taken.add(new int[] {c, options});
        return c;
    }

    @Override
    public final double jitter(double seconds) {
        if (jitter <= 0 || !(seconds > 0)) return seconds;
        return switch (choose(JITTER_OPTIONS)) {
            case 1 -> seconds * (1 - jitter);
            case 2 -> seconds * (1 + jitter);
            default -> seconds;
        };
    }

    /** The choices as one number (first choice least significant), or -1 if it does not fit in a long. */
    long pathCode() {
        long code = 0, weight = 1;
        try {
            for (int[] c : taken) {
                code = Math.addExact(code, Math.multiplyExact((long) c[0], weight));
                weight = Math.multiplyExact(weight, (long) c[1]);
            }
        } catch (ArithmeticException tooLong) {
            return -1;
        }
        return code;
    }

    /** How many schedules a tree like this one would have if every choice led to a tree like the path taken (Knuth's estimate). */
    double estimatedSchedules() {
        double product = 1;
        for (int[] c : taken) product *= c[1];
        return product;
    }

    /** Random choices from a seed: the same seed, the same choices. */
    static final class Seeded extends RecordedChoices {
        private final SplittableRandom random;

        Seeded(long seed, double jitter) {
            super(jitter);
            this.random = new SplittableRandom(seed);
        }

        @Override
        int pick(int options) {
            return random.nextInt(options);
        }
    }

    /**
     * Choices along a path of a depth-first search: the given prefix, then option 0 (asyncio's
     * order) at every later choice.
     */
    static final class Path extends RecordedChoices {
        private final List<int[]> prefix;

        Path(List<int[]> prefix, double jitter) {
            super(jitter);
            this.prefix = prefix;
        }

        @Override
        int pick(int options) {
            int at = taken.size();
            if (at >= prefix.size()) return 0;
            int[] p = prefix.get(at);
            if (p[1] != options) {
                // Throwing here would land in whichever task is scheduling: note it, and let the explorer say so.
                if (divergedAt < 0) divergedAt = at;
                return 0;
            }
            return p[0];
        }

        /** The next path of the search after {@code done}'s, or null when the tree is exhausted. */
        static List<int[]> next(List<int[]> done) {
            for (int i = done.size() - 1; i >= 0; i--) {
                int[] c = done.get(i);
                if (c[0] + 1 < c[1]) {
                    List<int[]> prefix = new ArrayList<>(done.subList(0, i));
                    prefix.add(new int[] {c[0] + 1, c[1]});
                    return prefix;
                }
            }
            return null;
        }
    }

    /** Choices read back from a path code. */
    static final class Decoded extends RecordedChoices {
        private long rest;

        Decoded(long code, double jitter) {
            super(jitter);
            this.rest = code;
        }

        @Override
        int pick(int options) {
            int c = (int) (rest % options);
            rest /= options;
            return c;
        }
    }

    /** The block made different choices on a second run of the same schedule: it depends on something besides the schedule. */
    static final class NondeterministicBlockException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** @param choice 0-based index of the choice that differed */
        NondeterministicBlockException(int choice) {
            super("the block did not repeat itself: at choice " + (choice + 1) + " it offered a different number of"
                    + " options than on an earlier run of the same schedule. Exploration needs a block whose only"
                    + " source of difference is the schedule (no real time, randomness, threads or state kept"
                    + " between runs)");
        }
    }
}
