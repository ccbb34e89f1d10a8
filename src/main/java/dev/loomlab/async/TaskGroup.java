package dev.loomlab.async;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Structured concurrency: the twin of {@code asyncio.TaskGroup}. Two ways to use it:
 *
 * <pre>{@code
 * taskGroup(tg -> {                       // exact asyncio semantics
 *     tg.createTask(() -> fetch(1));
 *     tg.createTask(() -> fetch(2));
 * });                                     // waits for both
 *
 * try (var tg = taskGroup()) {            // try-with-resources, see the difference below
 *     tg.createTask(() -> fetch(1));
 * }
 * }</pre>
 *
 * <h2>Contract (both forms)</h2>
 * <ul>
 * <li>The group waits, at the end of its body, until every task created in it is done.</li>
 * <li>The first child that fails cancels the children still running (a child that already
 * finished keeps its result) and interrupts the body's pending await.</li>
 * <li>Once all children have ended, the group throws one {@link TaskGroupException} carrying
 * every failure (children cancelled by the group are not failures).</li>
 * <li>If the task running the group is cancelled from outside while the group waits, the
 * children are cancelled, waited for, and the {@link CancelledException} goes on (unless
 * children failed: then the TaskGroupException).</li>
 * <li>Groups nest: an inner group's exception is a failure of the outer body or child.</li>
 * </ul>
 *
 * <h2>{@code taskGroup(body)}</h2>
 * Exactly asyncio's: when the body itself throws, the children are cancelled and the body's
 * exception joins the TaskGroupException (case 13). A child's failure interrupts the body with
 * a {@link CancelledException} that the group absorbs.
 *
 * <h2>try-with-resources: the Java difference</h2>
 * {@link #close()} cannot see an exception leaving the try block and cannot replace it (Java
 * adds close()'s exception to it as suppressed). Therefore:
 * <ul>
 * <li>A child's failure interrupts the body's pending await with a
 * {@link TaskGroupException} (not a CancelledException) that fills with every failure by the
 * time it leaves the block; close() then throws another TaskGroupException with the same
 * failures, which Java attaches to the first as suppressed. Catch {@code TaskGroupException}
 * around the try either way.</li>
 * <li>An exception thrown by the body itself does not cancel the children: close() waits for
 * them to finish normally, then the body's exception goes on. Use {@code taskGroup(body)} when
 * that matters.</li>
 * <li>If the body was interrupted by a cancellation (the task was cancelled, or a timeout
 * expired), close() does notice it and cancels the children, as asyncio does.</li>
 * </ul>
 */
public final class TaskGroup implements AutoCloseable {
    /** The body of {@link Async#taskGroup(Body)}. */
    @FunctionalInterface
    public interface Body {
        void accept(TaskGroup tg) throws Exception;
    }

    private final Task<?> parent;
    private final EventLoop loop;
    private final boolean exact;
    private final LinkedHashSet<Task<?>> tasks = new LinkedHashSet<>();
    private final List<Throwable> errors = new ArrayList<>();
    private final int deliveriesAtStart;
    private boolean entered = true, exiting, closed, aborting, parentCancelRequested;
    private AsyncFuture<Object> onCompleted;
    private RuntimeException bodyInterrupt;
    private final Consumer<AsyncFuture<?>> onTaskDone = this::taskDone;

    TaskGroup(Task<?> parent, boolean exact) {
        this.parent = parent;
        this.loop = parent.loop;
        this.exact = exact;
        this.deliveriesAtStart = parent.deliveries;
    }

    static void runWith(Task<?> parent, Body body) {
        TaskGroup tg = new TaskGroup(parent, true);
        Throwable bodyError = null;
        try {
            body.accept(tg);
        } catch (Throwable x) {
            bodyError = x;
        }
        if (bodyError != null && bodyError != tg.bodyInterrupt) {
            if (bodyError instanceof CancelledException ce) {
                tg.propagateCancel = ce;
            } else {
                tg.errors.add(bodyError);
            }
            if (!tg.aborting) tg.abort();
        }
        tg.finish(true);
    }

    private CancelledException propagateCancel;

    /** Creates a task in the group (it starts when the body next yields). */
    public <T> Task<T> createTask(Callable<T> body) {
        return createTask(null, body);
    }

    public <T> Task<T> createTask(String name, Callable<T> body) {
        if (!entered || closed) throw new IllegalStateException("TaskGroup " + this + " is finished");
        if (exiting && tasks.isEmpty()) throw new IllegalStateException("TaskGroup " + this + " is finished");
        if (aborting) throw new IllegalStateException("TaskGroup " + this + " is shutting down");
        Task<T> t = loop.createTask(name, body);
        tasks.add(t);
        t.addCallbackObject(onTaskDone);
        return t;
    }

    public Task<Void> createTask(AsyncRunnable body) {
        return createTask(null, body);
    }

    public Task<Void> createTask(String name, AsyncRunnable body) {
        return createTask(name, () -> {
            body.run();
            return null;
        });
    }

    /** The group's tasks not yet done. */
    public List<Task<?>> tasks() {
        return List.copyOf(tasks);
    }

    private void taskDone(AsyncFuture<?> f) {
        tasks.remove(f);
        if (onCompleted != null && tasks.isEmpty() && !onCompleted.done()) onCompleted.complete(null, null);
        if (f.cancelled()) return;
        Throwable x = f.exception();
        if (x == null) return;
        errors.add(x);
        if (!aborting) abort();
        if (!exiting && !parentCancelRequested && !parent.done()) {
            parentCancelRequested = true;
            if (exact) {
                bodyInterrupt = new CancelledException("TaskGroup cancelled its body: a child task failed");
            } else {
                bodyInterrupt = new TaskGroupException(errors);
            }
            parent.cancelWith(bodyInterrupt);
        }
    }

    private void abort() {
        aborting = true;
        for (Task<?> t : tasks) {
            if (!t.done()) t.cancel();
        }
    }

    /**
     * Ends a try-with-resources group: waits for every task, then throws a
     * {@link TaskGroupException} if any failed. See the class comment for what it cannot do.
     */
    @Override
    public void close() {
        if (closed) return;
        if (!exact && parent.deliveries != deliveriesAtStart && !parentCancelRequested && !aborting) {
            // The body was interrupted by a cancellation or a timeout: it is probably unwinding.
            abort();
        }
        finish(false);
    }

    private void finish(boolean exactForm) {
        exiting = true;
        if (RunningLoops.currentTaskOrNull() != parent) {
            throw new IllegalStateException("a TaskGroup must be closed by the task that made it");
        }
        while (!tasks.isEmpty()) {
            onCompleted = loop.createFuture("TaskGroup end (" + tasks.size() + " tasks left)");
            try {
                onCompleted.await();
            } catch (RuntimeException x) {
                // Our task was cancelled (or hit a timeout) while waiting: cancel the children, keep waiting.
                if (x instanceof CancelledException ce) propagateCancel = ce;
                else if (propagateOther == null) propagateOther = x;
                if (!aborting) abort();
            }
        }
        onCompleted = null;
        closed = true;
        if (errors.isEmpty()) {
            if (propagateCancel != null) throw propagateCancel;
            if (propagateOther != null) throw propagateOther;
            return;
        }
        TaskGroupException g = new TaskGroupException(new ArrayList<>(errors));
        g.attachSuppressed();
        if (bodyInterrupt instanceof TaskGroupException live) {
            live.attachSuppressed();
        }
        throw g;
    }

    private RuntimeException propagateOther;

    @Override
    public String toString() {
        return "<TaskGroup tasks=" + tasks.size() + (errors.isEmpty() ? "" : " errors=" + errors.size())
                + (aborting ? " cancelling" : "") + ">";
    }
}
