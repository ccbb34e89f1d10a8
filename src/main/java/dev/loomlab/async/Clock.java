package dev.loomlab.async;

/**
 * The time source of one {@link EventLoop}: what {@link EventLoop#time()} reports and what
 * timers ({@link Async#sleep}, timeouts, {@link EventLoop#callLater}) are measured against.
 *
 * <ul>
 * <li>{@link #system()}: the monotonic system clock. Sleeping takes real time.</li>
 * <li>{@link #virtual()}: real time, except that waiting is skipped. Whenever no task is ready
 * to run, no callback is queued, no executor job ({@link Async#toThread},
 * {@link Async#runInExecutor}) is in flight and no thread-safe callback is pending, the clock
 * jumps straight to the next timer instead of waiting for it (timers due within 1 ms after it
 * fire in the same jump, as they would after a real wake-up, and the clock lands on the last of
 * them, so no timer ever fires early). A sleep-heavy program then ends
 * at once, prints the same lines in the same order and reports the same elapsed times (to
 * within the microseconds of real computing time, which still count, as does a blocking
 * {@code Thread.sleep} inside a task: it really blocks, and the clock shows it).</li>
 * </ul>
 *
 * {@link #defaultClock()} is the virtual one when the system property {@code loomlab.clock}
 * or the environment variable {@code LOOMLAB_CLOCK} is {@code virtual}, so that a whole
 * notebook run (for example in CI) can opt in without changing its code.
 *
 * <p>A clock belongs to one loop: give each loop its own instance. Time starts at 0 when the
 * clock is made. (Name note: this is not {@link java.time.Clock}; in code that imports both,
 * write {@code dev.loomlab.async.Clock} or use {@link Async#virtualClock()}.)
 */
public final class Clock {
    private final boolean virtual;
    private final long origin = System.nanoTime();
    /** Nanoseconds skipped by jumps; written only by the thread holding the loop's turn. */
    private volatile long skipped;

    private Clock(boolean virtual) {
        this.virtual = virtual;
    }

    public static Clock system() {
        return new Clock(false);
    }

    public static Clock virtual() {
        return new Clock(true);
    }

    /** Virtual when {@code -Dloomlab.clock=virtual} or {@code LOOMLAB_CLOCK=virtual}, else system. */
    public static Clock defaultClock() {
        String p = System.getProperty("loomlab.clock");
        if (p == null) p = System.getenv("LOOMLAB_CLOCK");
        return "virtual".equalsIgnoreCase(p == null ? "" : p.trim()) ? virtual() : system();
    }

    public boolean isVirtual() {
        return virtual;
    }

    /** Current time in seconds since the clock was made. */
    public double time() {
        return nanos() / 1e9;
    }

    long nanos() {
        return System.nanoTime() - origin + skipped;
    }

    /** Jump forward to {@code when} (virtual clocks only); never goes back. */
    void advanceTo(long when) {
        long now = nanos();
        if (virtual && when > now) skipped += when - now;
    }

    @Override
    public String toString() {
        return virtual ? "Clock.virtual()" : "Clock.system()";
    }
}
