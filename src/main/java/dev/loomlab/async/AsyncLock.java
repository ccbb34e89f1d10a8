package dev.loomlab.async;

import java.util.ArrayDeque;

/**
 * asyncio's {@code Lock}: mutual exclusion between tasks of one loop, fair (first come, first
 * served). Not reentrant and not owned: any task may release it.
 *
 * <p>Contract: {@link #acquire()} takes the lock at once if it is free and nobody waits, else
 * suspends the task until a {@link #release()} hands it over; it returns a {@link Held} whose
 * {@code close()} releases, for {@code try (var held = lock.acquire()) { ... }}. A task
 * cancelled while waiting throws {@link CancelledException} from acquire() and does not hold
 * the lock (if the lock was being handed to it, it goes to the next waiter). Releasing an
 * unlocked lock throws {@link IllegalStateException}.
 */
public final class AsyncLock extends LoopBound {
    private final ArrayDeque<AsyncFuture<Object>> waiters = new ArrayDeque<>();
    private boolean locked;

    public boolean locked() {
        return locked;
    }

    public Held acquire() {
        if (!locked && allCancelled()) {
            locked = true;
            return new Held(this::release);
        }
        AsyncFuture<Object> f = new AsyncFuture<>(loop("AsyncLock.acquire()"), "AsyncLock.acquire()");
        try {
            awaitInQueue(waiters, f);
        } catch (RuntimeException c) { // cancelled, or a timeout or group delivered its exception here
            if (!locked) wakeUpFirst();
            throw c;
        }
        locked = true;
        return new Held(this::release);
    }

    private boolean allCancelled() {
        for (AsyncFuture<Object> w : waiters) if (!w.cancelled()) return false;
        return true;
    }

    public void release() {
        if (!locked) throw new IllegalStateException("Lock is not acquired.");
        locked = false;
        wakeUpFirst();
    }

    private void wakeUpFirst() {
        AsyncFuture<Object> f = waiters.peekFirst();
        if (f != null && !f.done()) f.complete(Boolean.TRUE, null);
    }

    @Override
    public String toString() {
        return "<AsyncLock " + (locked ? "locked" : "unlocked") + (waiters.isEmpty() ? "" : ", waiters:" + waiters.size()) + ">";
    }
}
