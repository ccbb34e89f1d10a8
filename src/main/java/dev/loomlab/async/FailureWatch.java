package dev.loomlab.async;

import java.lang.ref.WeakReference;

/**
 * The exception of a failed task or future, watched until someone reads it (then no warning is
 * due) or until it is reported: when the future has been garbage-collected unread, asyncio's
 * moment for "Task exception was never retrieved", or when its loop closes. It refers to the
 * future weakly, so watching never keeps a forgotten task alive.
 */
final class FailureWatch extends WeakReference<AsyncFuture<?>> {
    final String description;
    final Throwable failure;
    /** Written by the loop's own code (await, result, exception, reporting); read from anywhere. */
    volatile boolean retrieved;
    volatile boolean reported;

    FailureWatch(AsyncFuture<?> future, Throwable failure) {
        super(future);
        this.description = future.describe();
        this.failure = failure;
    }

    boolean due() {
        return !retrieved && !reported;
    }

    boolean collected() {
        return refersTo(null);
    }

    String warning() {
        return (description.startsWith("Task") ? "Task" : "Future") + " exception was never retrieved: "
                + description + " failed with";
    }
}
