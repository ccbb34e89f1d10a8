package dev.loomlab.async;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;
import java.util.function.Predicate;

/**
 * What a {@link ThreadRace} found: each distinct outcome with how many runs gave it. Under
 * {@link ThreadRace#interleave} each also has the seed and step order of its first run, and
 * {@link #replay(long)} runs that order again; under {@link ThreadRace#stress} nothing can be
 * replayed, and the report says so.
 */
public final class ThreadExploration {
    /**
     * One distinct outcome.
     *
     * @param outcome the result as text, or {@code threw Type: message}
     * @param count   how many runs gave it
     * @param seed    the seed of its first run (interleavings only; -1 under stress)
     * @param steps   the order its first run took, e.g. {@code "actor 1, actor 2, actor 1"} (interleavings only)
     * @param breaksExpectation whether it breaks the property given to {@link #expect}
     */
    public record Found(String outcome, int count, long seed, String steps, boolean breaksExpectation) {
    }

    private final String how;
    private final List<Found> found;
    private final int runs;
    private final boolean exhaustive;
    private final boolean replayable;
    private final LongFunction<Found> replayer;
    private final String expectation;
    private final long nanos;

    ThreadExploration(String how, List<Found> found, int runs, boolean exhaustive, boolean replayable,
                      LongFunction<Found> replayer, String expectation, long nanos) {
        this.how = how;
        List<Found> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparing((Found f) -> !f.breaksExpectation()).thenComparing(f -> -f.count()));
        this.found = List.copyOf(sorted);
        this.runs = runs;
        this.exhaustive = exhaustive;
        this.replayable = replayable;
        this.replayer = replayer;
        this.expectation = expectation;
        this.nanos = nanos;
    }

    /** The same report, with the outcomes whose text breaks {@code property} first. */
    public ThreadExploration expect(String what, Predicate<String> property) {
        List<Found> checked = new ArrayList<>();
        for (Found f : found) {
            boolean breaks = f.outcome().startsWith("threw ") || !property.test(f.outcome());
            checked.add(new Found(f.outcome(), f.count(), f.seed(), f.steps(), breaks));
        }
        return new ThreadExploration(how, checked, runs, exhaustive, replayable, replayer, what, nanos);
    }

    public ThreadExploration expect(Predicate<String> property) {
        return expect("the expectation", property);
    }

    public List<Found> outcomes() {
        return found;
    }

    /** The distinct outcomes as text. */
    public List<String> values() {
        return found.stream().map(Found::outcome).toList();
    }

    public int runs() {
        return runs;
    }

    /** Whether every interleaving of the marked steps was tried. Never true under stress. */
    public boolean exhaustive() {
        return exhaustive;
    }

    /** Whether a run can be replayed from its seed: only interleavings can. */
    public boolean replayable() {
        return replayable;
    }

    public int violations() {
        return found.stream().filter(Found::breaksExpectation).mapToInt(Found::count).sum();
    }

    public double seconds() {
        return nanos / 1e9;
    }

    /** Runs the interleaving of this seed again. */
    public Found replay(long seed) {
        if (!replayable) {
            throw new UnsupportedOperationException("a stress run cannot be replayed: the operating system chose how the"
                    + " threads interleaved, and nothing recorded it. Mark the steps with ThreadRace.step() and use"
                    + " interleave() to get replayable schedules.");
        }
        return replayer.apply(seed);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(how).append(String.format(Locale.ROOT, " in %.2f s: %d distinct outcome%s.%n",
                seconds(), found.size(), found.size() == 1 ? "" : "s"));
        if (expectation != null) {
            int broken = violations();
            sb.append(broken == 0
                    ? (exhaustive ? "✔ Every interleaving keeps " + expectation + "." : "✔ No run broke " + expectation
                            + " (runs are a sample, not a proof).")
                    : String.format(Locale.ROOT, "✘ %d of %d runs break %s.", broken, runs, expectation)).append('\n');
        }
        for (Found f : found) {
            sb.append(String.format(Locale.ROOT, "  %s %6d × %s", f.breaksExpectation() ? "✘" : expectation != null ? "✔" : "·",
                    f.count(), f.outcome()));
            if (replayable) sb.append("   (first: seed ").append(f.seed()).append(": ").append(f.steps()).append(')');
            sb.append('\n');
        }
        sb.append(replayable ? "Replay one with .replay(seed)."
                : "These runs cannot be replayed: the operating system chose how the threads interleaved, and nothing"
                + " recorded it. An outcome that did not show may still happen.");
        return sb.toString();
    }
}
