package dev.loomlab.async;

/**
 * The twin of asyncio's {@code InvalidStateError}: asking a pending future for its result or
 * exception, or completing a future twice.
 */
public class InvalidStateException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public InvalidStateException(String message) {
        super(message);
    }
}
