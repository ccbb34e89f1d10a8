package dev.loomlab.async;

/**
 * A deadline scope: the twin of {@code async with asyncio.timeout(delay)}, made by
 * {@link Async#timeout} or {@link Async#timeoutAt}.
 *
 * <pre>{@code
 * try (var scope = timeout(Duration.ofMillis(10))) {
 *     sleep(1);                       // interrupted at the deadline
 * } catch (AsyncTimeoutException e) { // thrown out of the scope
 *     System.out.println("timed out");
 * }
 * }</pre>
 *
 * <h2>Contract</h2>
 * At the deadline the task that opened the scope is cancelled (so a task or future it is
 * awaiting is cancelled too, as in asyncio), and its pending await throws
 * {@link AsyncTimeoutException}, which leaves the scope. {@link #close()} never throws.
 *
 * <p>Java difference: asyncio throws {@code CancelledError} inside the body and turns it into
 * {@code TimeoutError} at the end of the {@code async with}. Java's try-with-resources cannot
 * replace the exception leaving its body, so the await itself throws the timeout: clean up in
 * {@code finally} blocks (a {@code catch (CancelledException)} inside the body does not see it).
 * If the body catches the timeout and carries on, the scope ends normally, as in asyncio.
 */
public final class Timeout implements AutoCloseable {
    private final Task<?> task;
    private double when;
    private Handle timer;
    private boolean expired;
    private boolean closed;
    private AsyncTimeoutException payload;

    Timeout(Task<?> task, double when) {
        this.task = task;
        reschedule(when);
    }

    /** The deadline as a {@link EventLoop#time()} value; NaN when there is none. */
    public double when() {
        return when;
    }

    /** Moves the deadline ({@code Double.NaN}: none). */
    public void reschedule(double when) {
        if (closed) throw new IllegalStateException("Timeout scope is closed");
        if (expired) throw new IllegalStateException("Timeout has already expired");
        if (timer != null) timer.cancel();
        timer = null;
        this.when = when;
        if (Double.isNaN(when)) return;
        EventLoop loop = task.loop;
        if (when <= loop.time()) timer = loop.callSoon(this::expire);
        else timer = loop.callAt(when, this::expire);
    }

    /** True once the deadline has passed and the body was interrupted. */
    public boolean expired() {
        return expired;
    }

    private void expire() {
        if (closed || task.done()) return;
        expired = true;
        payload = new AsyncTimeoutException("timeout expired");
        task.cancelWith(payload);
    }

    /** Ends the scope: cancels the deadline. Never throws. */
    @Override
    public void close() {
        if (closed) return;
        closed = true;
        if (timer != null) timer.cancel();
        if (payload != null && task.payload == payload) { // never delivered: the body left the scope first
            task.payload = null;
            task.mustCancel = false;
        }
    }

    @Override
    public String toString() {
        return "<Timeout when=" + when + (expired ? " expired" : "") + ">";
    }
}
