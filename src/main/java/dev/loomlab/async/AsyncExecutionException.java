package dev.loomlab.async;

/**
 * Carries a checked exception out of an await: when a task's body (a {@link java.util.concurrent.Callable})
 * threw a checked exception, {@link AsyncFuture#await()}, {@link AsyncFuture#result()},
 * {@link Async#run} and {@link EventLoop#runUntilComplete} throw this wrapper with the original
 * as {@link #getCause()}. Unchecked exceptions and errors are always rethrown as they are.
 * {@link AsyncFuture#exception()} and {@code gather(..., true)} give the original exception.
 */
public class AsyncExecutionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AsyncExecutionException(Throwable cause) {
        super(cause.toString(), cause);
    }
}
