package dev.loomlab.async;

import java.util.Locale;

/**
 * Times one loop's turns, for two readers: debug mode, which warns of a task turn or a callback
 * that held the loop longer than the slow-callback duration, and a {@link Timeline} being
 * recorded, which gets each task turn. It costs nothing while neither is on. Only the thread
 * holding the loop's turn times; the settings are plain fields, as they were on the loop.
 */
final class TurnTimer {
    private final Clock clock;
    private final LoopWarnings warnings;
    private boolean debug;
    private long slowNanos = 100_000_000L;
    private long turnStartReal;
    private double turnStartTime;
    /** Volatile: a live view may stop a recording from another thread when its cell ends. */
    private volatile Timeline timeline;

    TurnTimer(Clock clock, LoopWarnings warnings) {
        this.clock = clock;
        this.warnings = warnings;
        String dbg = System.getProperty("loomlab.async.debug");
        if (dbg == null) dbg = System.getenv("LOOMLAB_ASYNC_DEBUG");
        this.debug = dbg != null && (dbg.equals("1") || dbg.equalsIgnoreCase("true"));
    }

    void setDebug(boolean on) {
        this.debug = on;
    }

    boolean isDebug() {
        return debug;
    }

    void setSlowNanos(long nanos) {
        this.slowNanos = nanos;
    }

    /** @param running the task holding the turn now (its turn is recorded from now), or null */
    Timeline startRecording(Task<?> running) {
        Timeline tl = new Timeline();
        turnStartTime = clock.time(); // the turn in progress is recorded from now, not from its start
        if (running != null) tl.began(running.id, running.getName(), turnStartTime);
        timeline = tl;
        return tl;
    }

    Timeline stopRecording() {
        Timeline t = timeline;
        timeline = null;
        return t;
    }

    /** Whether turns are being timed at all. */
    boolean active() {
        return debug || timeline != null;
    }

    void beginTurn(Task<?> t) {
        if (active()) {
            turnStartReal = System.nanoTime();
            turnStartTime = clock.time();
            Timeline tl = timeline;
            if (tl != null) tl.began(t.id, t.getName(), turnStartTime);
        }
    }

    /** A task was created while recording: it shows from now on, before it first runs. */
    void taskCreated(Task<?> t) {
        Timeline tl = timeline;
        if (tl != null) tl.created(t.id, t.getName(), clock.time());
    }

    /** Ends task {@code t}'s turn; {@code then} says how it ended (for the timeline). */
    void endTurn(Task<?> t, String then) {
        if (debug) {
            long dt = System.nanoTime() - turnStartReal;
            if (dt >= slowNanos) {
                warnings.warn("Task '" + t.getName() + "' held the loop for " + seconds(dt) + " s without awaiting."
                        + " A blocking call (Thread.sleep, blocking I/O, a long computation) stops every other task:"
                        + " use sleep(seconds) to wait, or toThread(...) for blocking work.", null);
            }
        }
        Timeline tl = timeline;
        if (tl != null) tl.add(new Timeline.Turn(t.id, t.getName(), turnStartTime, clock.time(), then));
    }

    /** When a callback starts, for {@link #callbackEnded}; 0 when not in debug mode. */
    long callbackStarts() {
        return debug ? System.nanoTime() : 0;
    }

    void callbackEnded(Handle h, long t0) {
        if (debug) {
            long dt = System.nanoTime() - t0;
            if (dt >= slowNanos) warnings.warn("Callback " + h + " held the loop for " + seconds(dt) + " s", null);
        }
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e9);
    }
}
