package dev.loomlab.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A running cell's stop button: asked once (by the user, or by the cell's time limit), seen by
 * every layer the cell passes through. A layer that waits on something of its own (a download,
 * a reply on stdin, a snippet's code) listens with {@link #onStop} or waits with
 * {@link #await}; nobody polls a flag of its own.
 */
public final class StopSignal {

    /** Who asked. */
    public enum Reason { USER, TIME_LIMIT }

    private final CountDownLatch asked = new CountDownLatch(1);
    private final List<Runnable> listeners = new ArrayList<>();
    private volatile Reason reason;

    /** Asks the cell to stop; only the first request counts. Listeners run on the caller's thread. */
    public void stop(Reason why) {
        List<Runnable> toTell;
        synchronized (this) {
            if (reason != null) return;
            reason = why;
            toTell = List.copyOf(listeners);
            listeners.clear();
        }
        asked.countDown();
        for (Runnable listener : toTell) listener.run();
    }

    public boolean requested() {
        return reason != null;
    }

    /** Who asked to stop, or null while nobody has. */
    public Reason reason() {
        return reason;
    }

    /**
     * Runs {@code action} when the stop is asked, at once if it already was. Closing the
     * returned handle stops listening (a layer closes it when its part of the cell is over).
     */
    public Listening onStop(Runnable action) {
        synchronized (this) {
            if (reason == null) {
                listeners.add(action);
                return () -> {
                    synchronized (this) {
                        listeners.remove(action);
                    }
                };
            }
        }
        action.run();
        return () -> { };
    }

    /** Waits until the stop is asked; false when {@code timeout} passed first. */
    public boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        return asked.await(timeout, unit);
    }

    /** A registration made with {@link #onStop}. */
    @FunctionalInterface
    public interface Listening extends AutoCloseable {
        @Override
        void close();
    }
}
