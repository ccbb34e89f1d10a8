package dev.loomlab.async;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A body running on an {@link EventLoop}: the twin of {@code asyncio.Task}. Each task runs on
 * its own virtual thread, but only while it holds the loop's turn; it gives the turn back at
 * each await, so tasks of one loop never run at the same time.
 *
 * <h2>Contract</h2>
 * <ul>
 * <li>Created by {@link Async#createTask} (or {@link EventLoop#createTask}); it is scheduled,
 * not started: its body begins only when the creator yields to the loop (any await).</li>
 * <li>It finishes with the body's return value, with the exception the body threw, or
 * cancelled when the body ends by throwing {@link CancelledException}.</li>
 * <li>{@link #cancel()} requests cancellation: the await where the task is suspended throws
 * {@link CancelledException} inside it (if it awaits another task or future, that one is
 * cancelled too, as in asyncio: use {@link Async#shield} to prevent it). A task cancelled
 * before it ever ran never runs its body. A task may catch the exception and clean up (even
 * await); if it then returns normally, it finishes with that value, {@link #cancelled()} is
 * false, and a warning says the cancellation was swallowed.</li>
 * <li>{@link #setResult} and {@link #setException} are not allowed on a task.</li>
 * </ul>
 */
public final class Task<T> extends AsyncFuture<T> {
    private static final AtomicLong COUNTER = new AtomicLong();

    final long id;
    private String name;
    Callable<T> body;
    /** The virtual thread; null until the first step. */
    Thread thread;
    /** The future this task is suspended on, or null. */
    AsyncFuture<?> futWaiter;
    /** cancel() was called on this task. */
    boolean cancelRequested;
    /** Cancellation requested while not waiting on a future: delivered at the next resume. */
    boolean mustCancel;
    /** What to throw at the resume point when cancelled (a timeout or task-group payload), or null for a plain CancelledException. */
    RuntimeException payload;
    /** Bumped each time a cancellation (or payload) is thrown into the body. */
    int deliveries;
    /** A plain CancelledException was thrown into the body. */
    boolean cancelDelivered;
    /** The loop was closed while this task was pending: unwind its thread. */
    boolean killed;
    /** Task is in the loop's ready queue (started tasks only). */
    boolean queued;
    /**
     * The thread the task will run on, made when the task is created so that it inherits the
     * creator's inheritable thread-locals (a notebook uses them to route a task's output to the
     * cell that created it), even though it starts only when the loop gets to it.
     */
    Thread unstarted;
    /** Intrusive list of the loop's pending tasks. */
    Task<?> prev, next;

    Task(EventLoop loop, String name, Callable<T> body) {
        super(loop);
        this.id = COUNTER.incrementAndGet();
        this.name = name;
        this.body = body;
    }

    /** The task's name: the one given at creation, else {@code Task-N}. */
    public String getName() {
        String n = name;
        return n != null ? n : "Task-" + id;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** Unique number of this task in the JVM (the N of the default name {@code Task-N}). */
    public long getId() {
        return id;
    }

    /** Cancels the task: see the class contract. Returns false if it is done already. */
    @Override
    public boolean cancel(String message) {
        if (done()) return false;
        cancelRequested = true;
        AsyncFuture<?> w = futWaiter;
        if (w != null && w.cancel(message)) return true;
        mustCancel = true;
        cancelMessage = message;
        return true;
    }

    /** Like cancel, but the await throws {@code toThrow} instead of a CancelledException. */
    boolean cancelWith(RuntimeException toThrow) {
        if (done()) return false;
        payload = toThrow;
        AsyncFuture<?> w = futWaiter;
        if (w != null && w.cancel(null)) return true;
        mustCancel = true;
        return true;
    }

    /** Not allowed: a task's result is what its body returns. */
    @Override
    public void setResult(T result) {
        throw new UnsupportedOperationException("Task does not support setResult(): its result is what its body returns");
    }

    /** Not allowed: a task's exception is what its body throws. */
    @Override
    public void setException(Throwable exception) {
        throw new UnsupportedOperationException("Task does not support setException(): its exception is what its body throws");
    }

    /** Where the task is now. Meant for introspection; read from the loop's thread or while the loop is stopped. */
    public TaskState state() {
        byte s = state;
        if (s == CANCELLED) return TaskState.CANCELLED;
        if (s == FINISHED) return failure != null ? TaskState.FAILED : TaskState.DONE;
        if (loop.current == this) return TaskState.RUNNING;
        if (thread == null) return TaskState.CREATED;
        if (futWaiter != null && !futWaiter.done()) return TaskState.WAITING;
        return TaskState.READY;
    }

    /** What the task is suspended on, e.g. {@code sleep(0.5)}, {@code Task 'worker'}, {@code AsyncQueue.get()}; null when not waiting. */
    public String awaiting() {
        AsyncFuture<?> w = futWaiter;
        return w == null || state != PENDING ? null : w.describe();
    }

    @Override
    String describe() {
        return "Task '" + getName() + "'";
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("<Task '").append(getName()).append("' ");
        TaskState st = state();
        sb.append(st.name().toLowerCase());
        if (st == TaskState.WAITING) sb.append(" awaiting ").append(awaiting());
        if (st == TaskState.DONE) sb.append(" result=").append(value);
        if (st == TaskState.FAILED) sb.append(" exception=").append(failure);
        return sb.append('>').toString();
    }
}
