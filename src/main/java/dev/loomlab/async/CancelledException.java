package dev.loomlab.async;

import java.util.concurrent.CancellationException;

/**
 * Thrown inside a task at the await where it was cancelled, and to whoever awaits a cancelled
 * task or future: the twin of asyncio's {@code CancelledError}.
 *
 * <p>A task may catch it to clean up; it should then rethrow it. A task that catches it and
 * returns a value completes normally ({@link Task#cancelled()} is false, as in asyncio) and the
 * loop prints a warning that the cancellation was swallowed, because whoever cancelled it (a
 * {@link TaskGroup}, {@link Async#waitFor}, the shutdown of {@link Async#run}) cannot tell.
 *
 * <p>Java difference: asyncio's {@code CancelledError} derives from {@code BaseException} so
 * that {@code except Exception} does not swallow it. Java has no such middle ground for an
 * unchecked exception, so this one is a {@link CancellationException} (a
 * {@link RuntimeException}, as {@link java.util.concurrent.Future#get()} users expect): a
 * {@code catch (Exception e)} around an await does catch it. Rethrow it.
 */
public class CancelledException extends CancellationException {
    private static final long serialVersionUID = 1L;

    public CancelledException() {
        super();
    }

    public CancelledException(String message) {
        super(message);
    }
}
