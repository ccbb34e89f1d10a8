package dev.loomlab.async;

/**
 * A callback scheduled on a loop by {@link EventLoop#callSoon}, {@link EventLoop#callLater},
 * {@link EventLoop#callAt} or {@link EventLoop#callSoonThreadsafe}; {@link #cancel()} stops it
 * from running if it has not run yet.
 */
public class Handle implements Comparable<Handle> {
    private final Runnable callback;
    volatile boolean cancelled;
    /** Loop time in nanoseconds for timers; 0 for callSoon handles. */
    final long when;
    final long seq;

    Handle(Runnable callback) {
        this(callback, 0, 0);
    }

    Handle(Runnable callback, long when, long seq) {
        this.callback = callback;
        this.when = when;
        this.seq = seq;
    }

    public void cancel() {
        cancelled = true;
    }

    public boolean cancelled() {
        return cancelled;
    }

    /** For a timer: the loop time ({@link EventLoop#time()}) it is due at, in seconds; else 0. */
    public double when() {
        return when / 1e9;
    }

    void fire() {
        callback.run();
    }

    @Override
    public int compareTo(Handle o) {
        int c = Long.compare(when, o.when);
        return c != 0 ? c : Long.compare(seq, o.seq);
    }

    @Override
    public String toString() {
        return "<Handle " + (callback == null ? getClass().getSimpleName() : callback) + (cancelled ? " cancelled" : "") + ">";
    }

    /** Completes a future when fired: the timer behind sleep() and timeouts. */
    static final class FutureTimer extends Handle {
        private final AsyncFuture<?> future;

        FutureTimer(AsyncFuture<?> future, long when, long seq) {
            super(null, when, seq);
            this.future = future;
        }

        @Override
        void fire() {
            if (!future.done()) future.complete(null, null);
        }
    }

    /** Calls a future's done callback. */
    static final class Callback<T> extends Handle {
        private final AsyncFuture<T> future;
        private final java.util.function.Consumer<? super AsyncFuture<T>> consumer;

        Callback(AsyncFuture<T> future, java.util.function.Consumer<? super AsyncFuture<T>> consumer) {
            super(null);
            this.future = future;
            this.consumer = consumer;
        }

        @Override
        void fire() {
            consumer.accept(future);
        }

        @Override
        public String toString() {
            return "<done callback of " + future.describe() + ">";
        }
    }
}
