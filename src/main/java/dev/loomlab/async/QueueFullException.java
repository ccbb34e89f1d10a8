package dev.loomlab.async;

/** {@link AsyncQueue#putNowait} on a full queue: asyncio's {@code QueueFull}. */
public class QueueFullException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public QueueFullException() {
        super("queue is full");
    }
}
