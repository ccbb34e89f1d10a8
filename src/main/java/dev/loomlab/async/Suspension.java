package dev.loomlab.async;

/**
 * A task's side of an await: it gives up the loop's turn until what it awaits is done (or, for
 * {@code sleep(0)}, for one round), then delivers what arrived meanwhile. Runs on the awaiting
 * task's own thread while it holds the turn, and returns holding it again; throws the task's
 * {@link CancelledException} if it was cancelled, and {@link EventLoop.LoopClosedError} if its
 * loop was closed, which unwinds the task.
 */
final class Suspension {
    private Suspension() {
    }

    /**
     * Awaits {@code f} from the calling task and returns its result; outside a task only a done
     * future may be "awaited". {@code what} names the API for the error message.
     */
    static <T> T awaitFuture(AsyncFuture<T> f, String what) {
        Task<?> t = RunningLoops.currentTaskOrNull();
        if (t == null) {
            if (f.done()) return f.result();
            throw RunningLoops.notInTask(what);
        }
        if (t.killed) throw new EventLoop.LoopClosedError();
        if (f.loop != t.loop) throw new IllegalStateException("the awaited future belongs to another event loop");
        if (f == t) throw new IllegalStateException("Task '" + t.getName() + "' cannot await itself");
        if (f.state == AsyncFuture.PENDING) {
            f.addCallbackObject(t);
            t.futWaiter = f;
            if (t.mustCancel && f.cancel(t.cancelMessage)) t.mustCancel = false;
            t.loop.suspend(t, f);
            t.futWaiter = null;
            afterResume(t, f);
            if (f.state == AsyncFuture.CANCELLED) {
                t.deliveries++;
                if (t.cancelRequested) t.cancelDelivered = true;
                throw f.cancelledError();
            }
        }
        return f.result();
    }

    /** {@code sleep(0)}: yield exactly once. */
    static void yieldNow(Task<?> t) {
        if (t.killed) throw new EventLoop.LoopClosedError();
        EventLoop l = t.loop;
        t.queued = true;
        l.schedule.add(t);
        l.suspend(t, null);
        afterResume(t, null);
    }

    /** After a suspension: throws what a cancellation (or the loop's closing) delivers to the task. */
    private static void afterResume(Task<?> t, AsyncFuture<?> awaited) {
        if (t.killed) throw new EventLoop.LoopClosedError();
        if (t.mustCancel || (t.payload != null && awaited != null && awaited.state == AsyncFuture.CANCELLED)) {
            t.mustCancel = false;
            RuntimeException p = t.payload;
            t.payload = null;
            t.deliveries++;
            if (p == null) {
                t.cancelDelivered = true;
                p = new CancelledException(t.cancelMessage);
            }
            throw p;
        }
    }
}
