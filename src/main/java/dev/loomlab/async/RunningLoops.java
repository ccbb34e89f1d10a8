package dev.loomlab.async;

import java.util.Arrays;

/**
 * The loops being run right now, so that code handed no loop can find the one the calling
 * thread is running, and its task (asyncio's {@code get_running_loop} and {@code current_task}).
 * A loop is registered while it runs, and while it closes so that awaits in its unwinding tasks
 * find their task. Lookups read a volatile array without locking; registering, which is rare,
 * copies it under a lock.
 */
final class RunningLoops {
    private static final Object LOCK = new Object();
    /** In the order they started: a loop run inside a task of another comes after it. */
    private static volatile EventLoop[] running = new EventLoop[0];

    private RunningLoops() {
    }

    static void register(EventLoop l) {
        synchronized (LOCK) {
            EventLoop[] a = running;
            EventLoop[] b = Arrays.copyOf(a, a.length + 1);
            b[a.length] = l;
            running = b;
        }
    }

    static void unregister(EventLoop l) {
        synchronized (LOCK) {
            EventLoop[] a = running;
            int n = 0;
            EventLoop[] b = new EventLoop[Math.max(0, a.length - 1)];
            for (EventLoop x : a) if (x != l && n < b.length) b[n++] = x;
            running = n == b.length ? b : Arrays.copyOf(b, n);
        }
    }

    /** The loop whose turn the calling thread holds (inside a task or a callback), or null. */
    static EventLoop runningLoopOrNull() {
        Thread me = Thread.currentThread();
        EventLoop[] loops = running;
        // newest first: a loop run inside a task of another (see setNestedRunAllowed) is the one in charge
        for (int i = loops.length - 1; i >= 0; i--) {
            if (loops[i].turnHeldBy(me)) return loops[i];
        }
        return null;
    }

    /** Throws unless the calling thread may start running a loop here (see {@link EventLoop#setNestedRunAllowed}). */
    static void checkMayRunHere(String message) {
        EventLoop outer = runningLoopOrNull();
        if (outer != null && !outer.nestedRunAllowed) throw new IllegalStateException(message);
    }

    /** The task the calling thread is running, or null. */
    static Task<?> currentTaskOrNull() {
        Thread me = Thread.currentThread();
        EventLoop[] loops = running;
        for (int i = loops.length - 1; i >= 0; i--) {
            Task<?> c = loops[i].current;
            if (c != null && c.thread == me) return c;
        }
        return null;
    }

    static Task<?> requireTask(String what) {
        Task<?> t = currentTaskOrNull();
        if (t == null) throw notInTask(what);
        return t;
    }

    static IllegalStateException notInTask(String what) {
        if (runningLoopOrNull() != null) {
            return new IllegalStateException(what + " must run inside a task, not in a loop callback:"
                    + " callbacks must not wait; create a task for the code that waits");
        }
        return new IllegalStateException(what + " must run inside a task: wrap your code in run(...)"
                + " (or, with an event loop of your own, loop.runUntilComplete(...))");
    }
}
