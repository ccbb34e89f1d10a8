package dev.loomlab.async;

/**
 * A deadline expired: thrown by {@link Async#waitFor} (after it cancelled the awaited task),
 * by the await interrupted by a {@link Timeout} scope, and by {@link Async#asCompleted} with a
 * timeout. The twin of Python's {@code TimeoutError} (which {@code asyncio.TimeoutError} is).
 *
 * <p>It is unchecked on purpose: {@link java.util.concurrent.TimeoutException} is checked and
 * would force a {@code try}/{@code catch} around every await in a lambda body.
 */
public class AsyncTimeoutException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AsyncTimeoutException(String message) {
        super(message);
    }
}
