package dev.loomlab.async;

import java.util.ArrayDeque;

/**
 * asyncio's {@code Event}: a flag tasks can wait for. Made with {@code new AsyncEvent()};
 * bound to the loop of the first task that waits on it.
 *
 * <p>Contract: {@link #await()} returns at once if the flag is set, else suspends the task
 * until {@link #set()}; {@code set()} wakes every waiting task (in the order they came).
 * Cancelling a waiting task makes its {@code await()} throw {@link CancelledException}; the
 * event is unchanged. (Python's {@code wait()} is {@code await()} here: {@code wait()} is
 * taken by {@link Object#wait()}.)
 */
public final class AsyncEvent extends LoopBound {
    private final ArrayDeque<AsyncFuture<Object>> waiters = new ArrayDeque<>();
    private boolean value;

    public boolean isSet() {
        return value;
    }

    /** Sets the flag and wakes every waiting task. */
    public void set() {
        if (!value) {
            value = true;
            for (AsyncFuture<Object> f : waiters) {
                if (!f.done()) f.complete(Boolean.TRUE, null);
            }
        }
    }

    /** Clears the flag: later awaits wait again. */
    public void clear() {
        value = false;
    }

    /** Waits until the flag is set; returns true. */
    public boolean await() {
        if (value) return true;
        AsyncFuture<Object> f = new AsyncFuture<>(loop("AsyncEvent.await()"), "AsyncEvent.await()");
        awaitInQueue(waiters, f);
        return true;
    }

    /** How many tasks wait now. */
    public int waiting() {
        return waiters.size();
    }

    @Override
    public String toString() {
        return "<AsyncEvent " + (value ? "set" : "unset") + (waiters.isEmpty() ? "" : ", waiters:" + waiters.size()) + ">";
    }
}
