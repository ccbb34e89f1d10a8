package dev.loomlab.async;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What {@link Async#run} is about to cancel that nobody ever awaited: a {@code gather(...)}
 * whose result was never awaited. asyncio cancels its children silently; a student who forgot
 * {@code .await()} then sees work vanish without a word, so run() names them. A gather that was
 * awaited, combined (wait, waitFor, shield, another gather) or read is left out, and so are
 * plain tasks: a background worker cancelled at the end is what run() is for.
 */
final class ForgottenAtRunEnd {
    private ForgottenAtRunEnd() {
    }

    /** The gathers nobody awaited among what the tasks {@code left} pending when run()'s main ended are part of. */
    static Set<Gathering<?>> find(List<Task<?>> left) {
        Set<Gathering<?>> gathers = new LinkedHashSet<>();
        for (Task<?> t : left) {
            t.forEachCallback(cb -> {
                if (cb instanceof Gathering.Child c && !c.g().observed && !c.g().done()) gathers.add(c.g());
            });
        }
        return gathers;
    }

    /**
     * The hint for one forgotten gather, naming the tasks it had not finished. Its own
     * "exception was never retrieved" warning (it failed with the cancellation) would only
     * repeat the hint, so it is marked read.
     */
    static String hint(Gathering<?> g, List<String> unfinished) {
        if (g.done() && !g.cancelled()) g.markRetrieved();
        return "Hint: a gather(...) of " + plural(g.children().size(), "task") + " was never awaited, so run() "
                + "cancelled what it had not finished (" + String.join(", ", unfinished) + ") when main returned. "
                + "Did you mean gather(...).await()?";
    }

    /** What of {@code g} is not finished yet, e.g. {@code Task 'a'}. */
    static List<String> unfinished(Gathering<?> g) {
        return g.children().stream().filter(c -> !c.done()).map(AsyncFuture::describe).toList();
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
