package dev.loomlab.async;

import java.util.ArrayDeque;

/**
 * asyncio's {@code Queue}: FIFO between tasks of one loop, optionally bounded.
 *
 * <p>Contract: {@link #put} waits while the queue is full, {@link #get} while it is empty;
 * waiting tasks are served first come, first served. The {@code Nowait} variants never wait:
 * they throw {@link QueueFullException} / {@link QueueEmptyException}. Every put counts an
 * unfinished item; {@link #taskDone()} marks one finished and {@link #join()} waits until none
 * is left. A task cancelled while waiting in put or get throws {@link CancelledException},
 * having put or taken nothing (the wake-up it may have received goes to the next waiter).
 */
public final class AsyncQueue<T> extends LoopBound {
    private final int maxsize;
    private final ArrayDeque<T> items = new ArrayDeque<>();
    private final ArrayDeque<AsyncFuture<Object>> getters = new ArrayDeque<>();
    private final ArrayDeque<AsyncFuture<Object>> putters = new ArrayDeque<>();
    private int unfinished;
    private final AsyncEvent finished = new AsyncEvent();

    /** An unbounded queue. */
    public AsyncQueue() {
        this(0);
    }

    /** A queue of at most {@code maxsize} items; 0 or less means unbounded. */
    public AsyncQueue(int maxsize) {
        this.maxsize = Math.max(0, maxsize);
        finished.set();
    }

    public int maxsize() {
        return maxsize;
    }

    public int qsize() {
        return items.size();
    }

    public boolean empty() {
        return items.isEmpty();
    }

    public boolean full() {
        return maxsize > 0 && items.size() >= maxsize;
    }

    /** Puts an item, waiting while the queue is full. */
    public void put(T item) {
        while (full()) {
            AsyncFuture<Object> putter = new AsyncFuture<>(loop("AsyncQueue.put()"), "AsyncQueue.put()");
            putters.add(putter);
            try {
                putter.await();
            } catch (RuntimeException x) {
                putter.cancel();
                putters.removeFirstOccurrence(putter);
                if (!full() && !putter.cancelled()) wakeupNext(putters);
                throw x;
            }
        }
        putNowait(item);
    }

    /** Puts an item without waiting; {@link QueueFullException} if full. */
    public void putNowait(T item) {
        if (full()) throw new QueueFullException();
        items.add(item);
        unfinished++;
        finished.clear();
        wakeupNext(getters);
    }

    /** Takes the first item, waiting while the queue is empty. */
    public T get() {
        while (items.isEmpty()) {
            AsyncFuture<Object> getter = new AsyncFuture<>(loop("AsyncQueue.get()"), "AsyncQueue.get()");
            getters.add(getter);
            try {
                getter.await();
            } catch (RuntimeException x) {
                getter.cancel();
                getters.removeFirstOccurrence(getter);
                if (!items.isEmpty() && !getter.cancelled()) wakeupNext(getters);
                throw x;
            }
        }
        return getNowait();
    }

    /** Takes the first item without waiting; {@link QueueEmptyException} if empty. */
    public T getNowait() {
        if (items.isEmpty()) throw new QueueEmptyException();
        T item = items.poll();
        wakeupNext(putters);
        return item;
    }

    /** Marks one item taken earlier as processed. */
    public void taskDone() {
        if (unfinished <= 0) throw new IllegalStateException("taskDone() called too many times");
        unfinished--;
        if (unfinished == 0) finished.set();
    }

    /** Waits until every item put has been marked done with {@link #taskDone()}. */
    public void join() {
        if (unfinished > 0) finished.await();
    }

    private static void wakeupNext(ArrayDeque<AsyncFuture<Object>> waiters) {
        AsyncFuture<Object> w;
        while ((w = waiters.poll()) != null) {
            if (!w.done()) {
                w.complete(null, null);
                break;
            }
        }
    }

    @Override
    public String toString() {
        return "<AsyncQueue maxsize=" + maxsize + " size=" + items.size() + (getters.isEmpty() ? "" : " getters:" + getters.size())
                + (putters.isEmpty() ? "" : " putters:" + putters.size()) + (unfinished > 0 ? " tasks=" + unfinished : "") + ">";
    }
}
