package dev.loomlab.async;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;

/**
 * What one loop runs next: the ready queue (tasks to step, drivers to hand the turn back to,
 * callbacks), the timers, and the callbacks other threads post. {@link #next()} hands them out
 * in batches like asyncio's {@code _run_once}: a batch is what was ready when it began, so what
 * a batch queues waits for the next one. With nothing ready it waits for the first timer or a
 * post, or under a virtual clock jumps to the first timer. Only the thread holding the loop's
 * turn may use it, except {@link #post}, which any thread may call.
 */
final class LoopSchedule {
    /** Under a virtual clock, timers this close after the next one fire with it (1 ms). */
    static final long VIRTUAL_COALESCE = 1_000_000L;

    /** Parked on while idle, so that a thread dump names the loop. */
    private final EventLoop loop;
    private final Clock clock;
    private final LoopExecutor executors;
    private final ArrayDeque<Object> ready = new ArrayDeque<>();
    private int batchLeft;
    private final PriorityQueue<Handle> timers = new PriorityQueue<>();
    private long timerSeq;
    private final ConcurrentLinkedQueue<Handle> external = new ConcurrentLinkedQueue<>();
    private volatile Thread idleWaiter;

    LoopSchedule(EventLoop loop, LoopExecutor executors) {
        this.loop = loop;
        this.clock = loop.clock;
        this.executors = executors;
    }

    /** Queues a Task, a Driver or a Handle behind what is ready. */
    void add(Object item) {
        ready.add(item);
    }

    /** A timer running {@code callback} at {@code when} (clock nanos); ties fire in the order they were set. */
    Handle addTimer(Runnable callback, long when) {
        return addTimer(new Handle(callback, when, ++timerSeq));
    }

    /** A timer completing {@code f} at {@code when} (clock nanos). */
    Handle addFutureTimer(AsyncFuture<?> f, long when) {
        return addTimer(new Handle.FutureTimer(f, when, ++timerSeq));
    }

    private Handle addTimer(Handle h) {
        timers.add(h);
        return h;
    }

    /** From any thread: queues {@code h} for the next batch and wakes the loop if it waits. */
    void post(Handle h) {
        external.add(h);
        Thread w = idleWaiter;
        if (w != null) LockSupport.unpark(w);
    }

    /** Drops the rest of the batch in progress from the count: a new run starts a new batch. */
    void resetBatch() {
        batchLeft = 0;
    }

    /** Forgets everything queued: the loop is closed. */
    void clear() {
        ready.clear();
        timers.clear();
        external.clear();
    }

    /**
     * The next item to run, waiting for one if need be; null if the wait was interrupted (the
     * interrupt is cleared): the caller decides what an interrupt means and asks again.
     */
    Object next() {
        for (;;) {
            if (batchLeft > 0) {
                Object x = loop.choices == null ? ready.pollFirst() : takeChosen(batchLeft);
                batchLeft--;
                if (x != null) return x;
                batchLeft = 0;
            }
            // A new batch: what other threads posted, then the timers that are due.
            Handle e;
            while ((e = external.poll()) != null) ready.add(e);
            Handle first = null;
            if (!timers.isEmpty()) {
                long now = clock.nanos();
                while ((first = timers.peek()) != null) {
                    if (first.cancelled) {
                        timers.poll();
                    } else if (first.when <= now) {
                        ready.add(timers.poll());
                    } else {
                        break;
                    }
                }
            }
            if (!ready.isEmpty()) {
                batchLeft = ready.size();
                continue;
            }
            // Nothing to do until a timer is due or another thread posts something.
            if (first != null && clock.isVirtual() && !executors.hasJobsInFlight() && external.isEmpty()) {
                // Jump. Timers due within VIRTUAL_COALESCE of the first fire in the same batch,
                // as they would after a real wake-up's latency: two sleeps of the same length
                // started microseconds apart end together, as they do on a real clock.
                long limit = first.when + VIRTUAL_COALESCE, last = first.when;
                Handle h;
                while ((h = timers.peek()) != null && h.when <= limit) {
                    timers.poll();
                    if (!h.cancelled) {
                        ready.add(h);
                        last = h.when;
                    }
                }
                clock.advanceTo(last);
                continue;
            }
            if (first == null && loop.choices != null && !executors.hasJobsInFlight() && external.isEmpty()
                    && loop.endDeadlock()) {
                continue; // an explored run with nothing left to wake it: its tasks were cancelled, let them unwind
            }
            Thread me = Thread.currentThread();
            idleWaiter = me;
            try {
                if (external.isEmpty()) {
                    if (first == null) {
                        LockSupport.park(loop);
                    } else {
                        long wait = first.when - clock.nanos();
                        if (wait > 0) LockSupport.parkNanos(loop, wait);
                    }
                }
            } finally {
                idleWaiter = null;
            }
            if (Thread.interrupted()) return null;
        }
    }

    /**
     * Under exploration only: the next item of the batch of {@code batch} items at the head of
     * the ready queue. Tasks and timers ready in the same batch became ready "at the same
     * instant", so the explorer may pick any of them; callbacks and the driver keep their FIFO
     * place, as they stand for the loop's own bookkeeping rather than for the world's timing.
     */
    private Object takeChosen(int batch) {
        Object head = ready.peekFirst();
        if (head == null || !choosable(head)) return ready.pollFirst();
        List<Object> options = new ArrayList<>();
        int seen = 0;
        for (Object o : ready) {
            if (seen++ >= batch) break;
            if (choosable(o)) options.add(o);
        }
        if (options.size() < 2) return ready.pollFirst();
        Object pick = options.get(loop.choices.choose(options.size()));
        for (Iterator<Object> it = ready.iterator(); it.hasNext(); ) {
            if (it.next() == pick) {
                it.remove();
                break;
            }
        }
        return pick;
    }

    private static boolean choosable(Object item) {
        if (item instanceof Task<?> t) return t.state == AsyncFuture.PENDING;
        return item instanceof Handle h && h.seq > 0 && !h.cancelled;
    }
}
