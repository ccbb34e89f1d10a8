package dev.loomlab.async;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

/**
 * What {@link Explorer} found: the distinct outcomes of a block, how many schedules gave each,
 * and the first schedule (seed and timeline) that gave it. In a notebook it shows the
 * timelines side by side; {@link #toString()} is the plain-text form.
 */
public final class Exploration<T> {
    /**
     * One distinct outcome.
     *
     * @param count             how many of the explored schedules gave it
     * @param first             the first schedule that gave it: its seed replays it
     * @param breaksExpectation whether it breaks the property given to {@link #expect}
     */
    public record Found<T>(Outcome outcome, int count, Schedule<T> first, boolean breaksExpectation) {
    }

    private final Explorer explorer;
    private final Callable<T> block;
    private final List<Found<T>> found;
    private final int schedules;
    private final boolean exhaustive;
    private final Outcome asyncioOutcome;
    private final String expectation;
    private final long nanos;

    Exploration(Explorer explorer, Callable<T> block, List<Found<T>> found, int schedules, boolean exhaustive,
                Outcome asyncioOutcome, String expectation, long nanos) {
        this.explorer = explorer;
        this.block = block;
        List<Found<T>> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparing((Found<T> f) -> !f.breaksExpectation()).thenComparing(f -> -f.count()));
        this.found = List.copyOf(sorted);
        this.schedules = schedules;
        this.exhaustive = exhaustive;
        this.asyncioOutcome = asyncioOutcome;
        this.expectation = expectation;
        this.nanos = nanos;
    }

    /**
     * The same exploration, checked against a property of the block's value: the outcomes that
     * break it (a failed block breaks every property) come first.
     */
    public Exploration<T> expect(Predicate<? super T> property) {
        return expect("the expectation", property);
    }

    /** {@link #expect(Predicate)} with words for the property, shown in the report. */
    public Exploration<T> expect(String what, Predicate<? super T> property) {
        List<Found<T>> checked = new ArrayList<>();
        for (Found<T> f : found) {
            boolean breaks = f.outcome().failed() || !holds(property, f.first().value());
            checked.add(new Found<>(f.outcome(), f.count(), f.first(), breaks));
        }
        return new Exploration<>(explorer, block, checked, schedules, exhaustive, asyncioOutcome, what, nanos);
    }

    private static <T> boolean holds(Predicate<? super T> property, T value) {
        try {
            return property.test(value);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The distinct outcomes, those breaking the expectation first, then the most frequent. */
    public List<Found<T>> outcomes() {
        return found;
    }

    /** How many distinct outcomes were found. */
    public int distinctOutcomes() {
        return found.size();
    }

    /** The distinct values (as text) the block returned, failures left out. */
    public List<String> values() {
        return found.stream().filter(f -> !f.outcome().failed()).map(f -> f.outcome().value()).distinct().toList();
    }

    /** How many schedules were run. */
    public int schedules() {
        return schedules;
    }

    /** Whether every schedule was run (so the outcomes are all the block can have). */
    public boolean exhaustive() {
        return exhaustive;
    }

    /** What an ordinary run (asyncio's own order, exact sleeps) gives. */
    public Outcome asyncioOutcome() {
        return asyncioOutcome;
    }

    /** How many schedules broke the expectation (0 without one). */
    public int violations() {
        return found.stream().filter(Found::breaksExpectation).mapToInt(Found::count).sum();
    }

    /** Seconds the exploration took. */
    public double seconds() {
        return nanos / 1e9;
    }

    /** Runs the schedule with this seed again: same choices, same outcome, same timeline. */
    public Schedule<T> replay(long seed) {
        return explorer.replay(block, seed, exhaustive);
    }

    String expectationWords() {
        return expectation;
    }

    double jitter() {
        return explorer.jitterFraction();
    }

    long firstSeed() {
        return explorer.firstSeed();
    }

    /** The report as HTML: a headline, then one card per outcome with its timeline, side by side. */
    public String toHtml() {
        return ExplorationView.html(this);
    }

    @Override
    public String toString() {
        return ExplorationView.text(this);
    }
}
