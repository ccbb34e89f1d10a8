package dev.loomlab.async;

import java.util.ArrayList;
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

    /** The warnings for the tasks {@code left} pending when run()'s main ended; empty when nothing was forgotten. */
    static List<String> describe(List<Task<?>> left) {
        Set<Gathering<?>> gathers = new LinkedHashSet<>();
        for (Task<?> t : left) {
            t.forEachCallback(cb -> {
                if (cb instanceof Gathering.Child c && !c.g().observed && !c.g().done()) gathers.add(c.g());
            });
        }
        List<String> out = new ArrayList<>();
        for (Gathering<?> g : gathers) {
            List<String> pending = g.children().stream().filter(c -> !c.done()).map(AsyncFuture::describe).toList();
            out.add("Hint: a gather(...) of " + plural(g.children().size(), "task") + " was never awaited, so run() "
                    + "cancelled what it had not finished (" + String.join(", ", pending) + ") when main returned. "
                    + "Did you mean gather(...).await()?");
        }
        return out;
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
