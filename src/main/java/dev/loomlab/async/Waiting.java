package dev.loomlab.async;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** wait, waitFor, asCompleted and shield: asyncio's tasks.py helpers. */
final class Waiting {
    private Waiting() {
    }

    /** @param timeoutSeconds seconds of loop time; negative or NaN: no timeout */
    static <F extends AsyncFuture<?>> Done<F> wait(Collection<F> futures, ReturnWhen returnWhen, double timeoutSeconds) {
        if (futures == null || futures.isEmpty()) throw new IllegalArgumentException("Set of Tasks/Futures is empty.");
        for (Object o : futures) {
            if (!(o instanceof AsyncFuture<?>)) {
                throw new IllegalArgumentException("Passing callables is forbidden, use tasks explicitly (got " + o + ")");
            }
        }
        if (returnWhen == null) returnWhen = ReturnWhen.ALL_COMPLETED;
        Task<?> t = RunningLoops.requireTask("wait()");
        EventLoop loop = t.loop;
        Set<F> fs = new LinkedHashSet<>(futures);
        AsyncFuture<Object> waiter = loop.createFuture("wait(" + returnWhen + ")");
        Handle timer = timeoutSeconds >= 0 ? loop.sleepTimer(waiter, timeoutSeconds) : null;
        final ReturnWhen rw = returnWhen;
        int[] counter = {fs.size()};
        Consumer<AsyncFuture<?>> onCompletion = f -> {
            counter[0]--;
            if (counter[0] <= 0 || rw == ReturnWhen.FIRST_COMPLETED
                    || (rw == ReturnWhen.FIRST_EXCEPTION && !f.cancelled() && f.exception() != null)) {
                if (timer != null) timer.cancel();
                if (!waiter.done()) waiter.complete(null, null);
            }
        };
        for (F f : fs) f.addCallbackObject(onCompletion);
        try {
            Suspension.awaitFuture(waiter, "wait()");
        } finally {
            if (timer != null) timer.cancel();
            for (F f : fs) f.removeCallbackObject(onCompletion);
        }
        Set<F> done = new LinkedHashSet<>(), pending = new LinkedHashSet<>();
        for (F f : fs) (f.done() ? done : pending).add(f);
        return new Done<>(done, pending);
    }

    static <T> T waitFor(AsyncFuture<T> fut, double timeout) {
        Task<?> t = RunningLoops.requireTask("waitFor()");
        EventLoop loop = t.loop;
        if (timeout < 0 || Double.isNaN(timeout)) return fut.await();
        if (timeout == 0) {
            if (fut.done()) return fut.result();
            cancelAndWait(loop, fut);
            return resultOrTimeout(fut, timeout);
        }
        AsyncFuture<Object> waiter = loop.createFuture("waitFor");
        Handle timer = loop.sleepTimer(waiter, timeout);
        Consumer<AsyncFuture<T>> release = f -> {
            if (!waiter.done()) waiter.complete(null, null);
        };
        fut.addDoneCallback(release);
        try {
            try {
                Suspension.awaitFuture(waiter, "waitFor()");
            } catch (CancelledException c) {
                if (fut.done()) return fut.result();
                fut.removeDoneCallback(release);
                cancelAndWait(loop, fut);
                throw c;
            }
            if (fut.done()) return fut.result();
            fut.removeDoneCallback(release);
            cancelAndWait(loop, fut);
            return resultOrTimeout(fut, timeout);
        } finally {
            timer.cancel();
        }
    }

    private static <T> T resultOrTimeout(AsyncFuture<T> fut, double timeout) {
        if (fut.cancelled()) throw new AsyncTimeoutException("waitFor() timed out after " + timeout + " s");
        return fut.result();
    }

    /** Cancels {@code fut} and waits until it is done (asyncio's {@code _cancel_and_wait}). */
    private static void cancelAndWait(EventLoop loop, AsyncFuture<?> fut) {
        AsyncFuture<Object> waiter = loop.createFuture("cancellation of " + fut.describe());
        Consumer<AsyncFuture<?>> release = f -> {
            if (!waiter.done()) waiter.complete(null, null);
        };
        fut.addCallbackObject(release);
        try {
            fut.cancel();
            Suspension.awaitFuture(waiter, "waitFor()");
        } finally {
            fut.removeCallbackObject(release);
        }
    }

    static <T> List<AsyncFuture<T>> asCompleted(Collection<? extends AsyncFuture<? extends T>> futures, double timeout) {
        EventLoop loop = Async.getRunningLoop();
        Set<AsyncFuture<? extends T>> fs = new LinkedHashSet<>(futures);
        List<AsyncFuture<T>> out = new ArrayList<>(fs.size());
        for (int i = 0; i < fs.size(); i++) out.add(new AsyncFuture<>(loop, "asCompleted #" + (i + 1)));
        int[] next = {0};
        Handle[] timer = {null};
        Consumer<AsyncFuture<? extends T>> onDone = f -> {
            if (next[0] >= out.size()) return;
            AsyncFuture<T> slot = out.get(next[0]++);
            if (slot.done()) return;
            copy(f, slot);
            if (next[0] == out.size() && timer[0] != null) timer[0].cancel();
        };
        for (AsyncFuture<? extends T> f : fs) f.addCallbackObject(onDone);
        if (timeout >= 0) {
            timer[0] = loop.callLater(timeout, () -> {
                for (int i = next[0]; i < out.size(); i++) {
                    AsyncFuture<T> slot = out.get(i);
                    if (!slot.done()) slot.complete(null, new AsyncTimeoutException("asCompleted() timed out after " + timeout + " s"));
                }
                next[0] = out.size();
                for (AsyncFuture<? extends T> f : fs) f.removeCallbackObject(onDone);
            });
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static <T> void copy(AsyncFuture<? extends T> from, AsyncFuture<T> to) {
        if (from.cancelled()) {
            to.cancelNow(from.cancelMessage);
            return;
        }
        Throwable x = from.exception();
        if (x != null) to.complete(null, x);
        else to.complete((T) from.value, null);
    }

    static <T> AsyncFuture<T> shield(AsyncFuture<T> inner) {
        if (inner.done()) return inner;
        AsyncFuture<T> outer = new AsyncFuture<>(inner.loop, "shield of " + inner.describe());
        inner.addDoneCallback(i -> {
            if (outer.cancelled()) {
                if (!i.cancelled()) i.exception(); // mark retrieved
                return;
            }
            if (outer.done()) return;
            copy(i, outer);
        });
        return outer;
    }
}
