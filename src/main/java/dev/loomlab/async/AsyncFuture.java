package dev.loomlab.async;

import java.util.ArrayList;
import java.util.function.Consumer;

/**
 * A result that will exist later, bound to one {@link EventLoop}: the twin of
 * {@code asyncio.Future}. {@link Task} is the future of a running body; {@link Async#gather},
 * {@link Async#shield}, {@link Async#toThread} and {@link EventLoop#createFuture()} return
 * plain futures.
 *
 * <p>Every method must be called by code running on the future's loop (a task or a loop
 * callback), except that {@link #done()}, {@link #cancelled()} and, for a done future,
 * {@link #await()} and {@link #result()} may be read from anywhere once the loop has stopped.
 *
 * <h2>Contract</h2>
 * <ul>
 * <li>States: pending, then exactly once either finished (with a result or an exception) or
 * cancelled.</li>
 * <li>{@link #await()} suspends the calling task (only that task: the loop runs others) until
 * the future is done, then returns the result or throws: the exception it holds (a checked one
 * wrapped in {@link AsyncExecutionException}), or {@link CancelledException} if cancelled.
 * Awaiting a future that is already done does not yield to the loop.</li>
 * <li>{@link #cancel()} of a pending future cancels it and schedules its callbacks; of a done
 * one does nothing and returns false.</li>
 * <li>Done callbacks are never called inline: they are scheduled on the loop with
 * {@link EventLoop#callSoon}, in registration order, even when added to a future already done.</li>
 * </ul>
 */
public class AsyncFuture<T> {
    static final byte PENDING = 0, CANCELLED = 1, FINISHED = 2;

    final EventLoop loop;
    volatile byte state;
    T value;
    Throwable failure;
    String cancelMessage;
    /** Set when it fails: marks whether its exception was read (await, result, exception). */
    FailureWatch failureWatch;
    /** null, one callback, or an ArrayList of them. A callback is a Task (wake it), a Driver, or a Consumer. */
    private Object callbacks;
    /**
     * Someone has looked at this future: awaited it, combined it (gather, wait, shield...),
     * added a callback or read its result. {@link Async#run} uses it to tell a gather nobody
     * awaited from one that is being waited for.
     */
    boolean observed;
    /** What this future stands for, for introspection: a String, or a Double for sleep. */
    Object what;

    AsyncFuture(EventLoop loop) {
        this.loop = loop;
    }

    AsyncFuture(EventLoop loop, Object what) {
        this.loop = loop;
        this.what = what;
    }

    /** The loop this future is bound to. */
    public EventLoop getLoop() {
        return loop;
    }

    /** True once finished or cancelled. */
    public boolean done() {
        return state != PENDING;
    }

    public boolean cancelled() {
        return state == CANCELLED;
    }

    /**
     * The result: throws {@link InvalidStateException} while pending, {@link CancelledException}
     * if cancelled, the held exception if it failed (checked ones wrapped in
     * {@link AsyncExecutionException}). Never waits.
     */
    public T result() {
        byte s = state;
        if (s == CANCELLED) throw cancelledError();
        observed = true;
        if (s == PENDING) throw new InvalidStateException("Result is not ready: " + describe() + " is still pending.");
        markRetrieved();
        if (failure != null) throw EventLoop.unchecked(failure);
        return value;
    }

    /**
     * The exception it finished with, or null if it finished with a result; throws
     * {@link CancelledException} if cancelled and {@link InvalidStateException} while pending.
     */
    public Throwable exception() {
        byte s = state;
        if (s == CANCELLED) throw cancelledError();
        observed = true;
        if (s == PENDING) throw new InvalidStateException("Exception is not set: " + describe() + " is still pending.");
        markRetrieved();
        return failure;
    }

    /** {@code cancel(null)}. */
    public boolean cancel() {
        return cancel(null);
    }

    /** Cancels a pending future (its awaiters get {@link CancelledException} with this message). */
    public boolean cancel(String message) {
        if (state != PENDING) return false;
        cancelMessage = message;
        state = CANCELLED;
        scheduleCallbacks();
        return true;
    }

    /** Completes the future with a result; {@link InvalidStateException} if it is done. */
    public void setResult(T result) {
        if (state != PENDING) throw new InvalidStateException("invalid state: " + describe() + " is already done");
        complete(result, null);
    }

    /** Completes the future with an exception; {@link InvalidStateException} if it is done. */
    public void setException(Throwable exception) {
        if (exception == null) throw new NullPointerException("exception");
        if (state != PENDING) throw new InvalidStateException("invalid state: " + describe() + " is already done");
        complete(null, exception);
    }

    final void complete(T result, Throwable exception) {
        value = result;
        failure = exception;
        state = FINISHED;
        if (exception != null) loop.warnings.noteFailure(this);
        scheduleCallbacks();
    }

    /** Its exception has been read: no "never retrieved" warning is due. */
    final void markRetrieved() {
        FailureWatch w = failureWatch;
        if (w != null) w.retrieved = true;
    }

    final void cancelNow(String message) {
        cancelMessage = message;
        state = CANCELLED;
        scheduleCallbacks();
    }

    /**
     * Calls {@code callback} with this future once it is done, through {@link EventLoop#callSoon}
     * (so never before the current task yields), also when it is done already.
     */
    public void addDoneCallback(Consumer<? super AsyncFuture<T>> callback) {
        if (callback == null) throw new NullPointerException("callback");
        addCallbackObject(callback);
    }

    /** Removes every registration of {@code callback}; returns how many were removed. */
    public int removeDoneCallback(Consumer<? super AsyncFuture<T>> callback) {
        return removeCallbackObject(callback);
    }

    final void addCallbackObject(Object cb) {
        observed = true;
        if (state != PENDING) {
            loop.scheduleCallback(this, cb);
            return;
        }
        Object cbs = callbacks;
        if (cbs == null) {
            callbacks = cb;
        } else if (cbs instanceof CallbackList list) {
            list.add(cb);
        } else {
            CallbackList list = new CallbackList();
            list.add(cbs);
            list.add(cb);
            callbacks = list;
        }
    }

    final int removeCallbackObject(Object cb) {
        Object cbs = callbacks;
        if (cbs == null) return 0;
        if (cbs instanceof CallbackList list) {
            int before = list.size();
            list.removeIf(x -> x == cb);
            return before - list.size();
        }
        if (cbs == cb) {
            callbacks = null;
            return 1;
        }
        return 0;
    }

    /** Calls {@code action} with each callback object registered now (a Task, a Driver or a Consumer). */
    final void forEachCallback(Consumer<Object> action) {
        Object cbs = callbacks;
        if (cbs instanceof CallbackList list) list.forEach(action);
        else if (cbs != null) action.accept(cbs);
    }

    private void scheduleCallbacks() {
        Object cbs = callbacks;
        callbacks = null;
        if (cbs == null) return;
        if (cbs instanceof CallbackList list) {
            for (Object cb : list) loop.scheduleCallback(this, cb);
        } else {
            loop.scheduleCallback(this, cbs);
        }
    }

    /**
     * Waits for this future inside the current task and returns its result or throws (see the
     * class contract). Called outside any task, it returns the result of a future that is done
     * already and otherwise throws {@link IllegalStateException}: drive the loop with
     * {@link EventLoop#runUntilComplete} instead.
     */
    public T await() {
        return Suspension.awaitFuture(this, "await()");
    }

    CancelledException cancelledError() {
        return new CancelledException(cancelMessage);
    }

    /** Short human description, e.g. {@code sleep(0.5)} or {@code Task 'worker'}. */
    String describe() {
        Object w = what;
        if (w instanceof Double d) return "sleep(" + d + ")";
        if (w != null) return w.toString();
        return "Future";
    }

    String stateWord() {
        byte s = state;
        if (s == PENDING) return "pending";
        if (s == CANCELLED) return "cancelled";
        return failure != null ? "failed" : "finished";
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("<").append(describe()).append(' ').append(stateWord());
        if (state == FINISHED) {
            if (failure != null) sb.append(" exception=").append(failure);
            else sb.append(" result=").append(value);
        }
        return sb.append('>').toString();
    }

    static final class CallbackList extends ArrayList<Object> {
        private static final long serialVersionUID = 1L;

        CallbackList() {
            super(4);
        }
    }
}
