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
 * at once, prints the same lines in the same order and reports the same elapsed times. Real
 * time between jumps is ignored while it stays under {@value #GRACE_MILLIS} ms, so the
 * milliseconds of computing and thread switching (which vary with the machine's load) never
 * show; longer stretches count in full, so a blocking {@code Thread.sleep(1000)} inside a task
 * (it really blocks) or a long computation shows on the clock as it does on the real one.</li>
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
    /** Real time a virtual clock ignores since its last jump (see the class comment). */
    static final long GRACE_MILLIS = 50;
    private static final long GRACE_NANOS = GRACE_MILLIS * 1_000_000L;

    private final boolean virtual;
    /** A virtual clock that never counts real time: the explorer's, so that a replay is exact. */
    private final boolean exact;
    private final long origin = System.nanoTime();
    /**
     * The last jump: the clock's time then, and the real time it happened. Written only by the
     * thread holding the loop's turn; read together, so kept in one immutable pair.
     */
    private volatile Anchor anchor = new Anchor(0, origin);

    private record Anchor(long clockNanos, long realNanos) {}

    private Clock(boolean virtual) {
        this(virtual, false);
    }

    private Clock(boolean virtual, boolean exact) {
        this.virtual = virtual;
        this.exact = exact;
    }

    /**
     * A virtual clock on which only timers move time: real time never counts, not even a long
     * computation or a blocking call. Schedule exploration uses it so that a replayed schedule
     * shows the very same times.
     */
    static Clock exact() {
        return new Clock(true, true);
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
        if (!virtual) return System.nanoTime() - origin;
        Anchor a = anchor;
        if (exact) return a.clockNanos();
        long real = System.nanoTime() - a.realNanos();
        return a.clockNanos() + (real < GRACE_NANOS ? 0 : real);
    }

    /** Jump forward to {@code when} (virtual clocks only); never goes back. */
    void advanceTo(long when) {
        if (virtual && when > nanos()) anchor = new Anchor(when, System.nanoTime());
    }

    @Override
    public String toString() {
        return virtual ? "Clock.virtual()" : "Clock.system()";
    }
}
