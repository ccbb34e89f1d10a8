package dev.loomlab.async;

import java.util.Set;

/**
 * What {@link Async#wait} returns: asyncio's {@code (done, pending)} pair. Both sets keep the
 * order in which the futures were passed. Nothing in them was cancelled by the wait.
 */
public record Done<F extends AsyncFuture<?>>(Set<F> done, Set<F> pending) {
}
