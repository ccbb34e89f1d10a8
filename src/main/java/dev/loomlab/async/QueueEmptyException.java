package dev.loomlab.async;

/** {@link AsyncQueue#getNowait()} on an empty queue: asyncio's {@code QueueEmpty}. */
public class QueueEmptyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public QueueEmptyException() {
        super("queue is empty");
    }
}
