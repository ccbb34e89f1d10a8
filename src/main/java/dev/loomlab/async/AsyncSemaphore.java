package dev.loomlab.async;

import java.util.ArrayDeque;

/**
 * asyncio's {@code Semaphore}: at most {@code value} holders at a time, first come first served.
 *
 * <p>Contract: {@link #acquire()} decrements the counter at once if it is positive and nobody
 * waits, else suspends the task until a {@link #release()} gives it a permit; it returns a
 * {@link Held} whose {@code close()} releases once ({@code try (var p = sem.acquire()) {...}}).
 * A task cancelled while waiting throws {@link CancelledException} and holds no permit (a
 * permit already handed to it goes on to the next waiter). {@code release()} may raise the
 * counter above its initial value, as in asyncio (see {@link #bounded}).
 */
public final class AsyncSemaphore extends LoopBound {
    private final ArrayDeque<AsyncFuture<Object>> waiters = new ArrayDeque<>();
    private int value;
    private final int bound;

    public AsyncSemaphore(int value) {
        this(value, -1);
    }

    private AsyncSemaphore(int value, int bound) {
        if (value < 0) throw new IllegalArgumentException("Semaphore initial value must be >= 0");
        this.value = value;
        this.bound = bound;
    }

    /** asyncio's {@code BoundedSemaphore}: releasing above the initial value throws IllegalStateException. */
    public static AsyncSemaphore bounded(int value) {
        return new AsyncSemaphore(value, value);
    }

    /** True if acquire() would wait. */
    public boolean locked() {
        if (value == 0) return true;
        for (AsyncFuture<Object> w : waiters) if (!w.cancelled()) return true;
        return false;
    }

    /** Permits available now. */
    public int value() {
        return value;
    }

    public Held acquire() {
        if (!locked()) {
            value--;
            return new Held(this::release);
        }
        AsyncFuture<Object> f = new AsyncFuture<>(loop("AsyncSemaphore.acquire()"), "AsyncSemaphore.acquire()");
        try {
            awaitInQueue(waiters, f);
        } catch (RuntimeException c) { // cancelled, or a timeout or group delivered its exception here
            if (!f.cancelled()) { // the permit was ours already: pass it on
                value++;
                wakeUpNext();
            }
            throw c;
        }
        if (value > 0) wakeUpNext();
        return new Held(this::release);
    }

    public void release() {
        if (bound >= 0 && value >= bound) throw new IllegalStateException("BoundedSemaphore released too many times");
        value++;
        wakeUpNext();
    }

    private void wakeUpNext() {
        for (AsyncFuture<Object> f : waiters) {
            if (!f.done()) {
                value--;
                f.complete(Boolean.TRUE, null);
                return;
            }
        }
    }

    @Override
    public String toString() {
        return "<AsyncSemaphore value:" + value + (waiters.isEmpty() ? "" : ", waiters:" + waiters.size()) + ">";
    }
}
