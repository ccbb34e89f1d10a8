package dev.loomlab.async;

import java.util.ArrayDeque;

/** Binds a primitive to the loop of the first task that waits on it, like asyncio's _LoopBoundMixin. */
abstract class LoopBound {
    private EventLoop loop;

    final EventLoop loop(String what) {
        EventLoop running = RunningLoops.runningLoopOrNull();
        if (running == null) throw RunningLoops.notInTask(what);
        if (loop == null) loop = running;
        else if (loop != running) {
            throw new IllegalStateException(getClass().getSimpleName() + " is bound to a different event loop");
        }
        return loop;
    }

    /**
     * Queues {@code waiter} and awaits it: the twin of asyncio's {@code waiters.append(fut);
     * try: await fut finally: waiters.remove(fut)}. The waiter leaves the queue however the
     * await ends; a cancellation or other exception is thrown on to the caller.
     */
    static void awaitInQueue(ArrayDeque<AsyncFuture<Object>> waiters, AsyncFuture<Object> waiter) {
        waiters.add(waiter);
        try {
            waiter.await();
        } finally {
            waiters.removeFirstOccurrence(waiter);
        }
    }
}
