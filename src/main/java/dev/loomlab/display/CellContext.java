package dev.loomlab.display;

/**
 * The cell that output and display calls made on the current thread belong to.
 *
 * <p>A context is attached to the thread that runs a cell and is inherited by every thread
 * that cell starts, so a background thread's output lands in the cell that started it. Once
 * that cell has finished, its threads fall back to the cell running now, and when no cell is
 * running, to the "between cells" context (the engine installs one that holds output for the
 * next cell, so nothing is silently lost).
 *
 * <p>This lives in the display package because display calls need it and the engine depends
 * on display, never the other way round.
 */
public final class CellContext {

    private static final InheritableThreadLocal<CellContext> STARTED_BY = new InheritableThreadLocal<>();
    private static volatile CellContext running;
    private static volatile CellContext betweenCells = new CellContext(OutputSink.discarding());

    private final OutputSink sink;
    private final String label;
    private volatile boolean finished;
    /** Run as the cell ends, while its output still reaches it (a live view's last frame). */
    private final java.util.List<Runnable> whenFinishing = new java.util.concurrent.CopyOnWriteArrayList<>();

    public CellContext(OutputSink sink) {
        this(sink, null);
    }

    /** @param label how output from this cell's threads is introduced once the cell has ended, e.g. "cell 3" */
    public CellContext(OutputSink sink, String label) {
        this.sink = sink;
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The finished cell that started the calling thread, or null when the thread's cell still
     * runs (or it was started by no cell). Output of such a thread lands elsewhere, so it is
     * introduced with where it came from.
     */
    public static CellContext finishedOrigin() {
        CellContext inherited = STARTED_BY.get();
        return inherited != null && inherited.finished && inherited.label != null ? inherited : null;
    }

    public OutputSink sink() {
        return sink;
    }

    public boolean isFinished() {
        return finished;
    }

    /** The context output from this thread belongs to; never null. */
    public static CellContext current() {
        CellContext inherited = STARTED_BY.get();
        if (inherited != null && !inherited.finished) {
            return inherited;
        }
        CellContext cell = running;
        if (cell != null && !cell.finished) {
            return cell;
        }
        return betweenCells;
    }

    /**
     * Attaches this context to the calling thread (and the threads it will start).
     *
     * @param runningCell true for a real cell: threads whose own cell has finished then write
     *                    here too. False for quiet evaluations (user expressions) that must not
     *                    capture anyone else's output.
     */
    public void enter(boolean runningCell) {
        STARTED_BY.set(this);
        if (runningCell) {
            running = this;
        }
    }

    /**
     * Runs {@code work} on the calling thread as if this cell had started it, then puts the
     * thread's own context back: for pooled threads that serve many cells in turn.
     */
    public void runAttached(Runnable work) {
        CellContext previous = STARTED_BY.get();
        STARTED_BY.set(this);
        try {
            work.run();
        } finally {
            if (previous == null) STARTED_BY.remove();
            else STARTED_BY.set(previous);
        }
    }

    /**
     * Runs {@code action} when this cell ends, before its output closes: a live view sends its
     * last frame there, so that the frame belongs to the cell (and is what a saved notebook keeps).
     * Runs at once if the cell has ended already.
     */
    public void whenFinishing(Runnable action) {
        if (finished) {
            action.run();
            return;
        }
        whenFinishing.add(action);
    }

    /** Ends this context: later output of its threads goes to the running cell or is held. */
    public void finish() {
        for (Runnable action : whenFinishing) {
            try {
                action.run();
            } catch (RuntimeException e) {
                sink.stream("stderr", "A live view could not draw its last frame: " + e + "\n");
            }
        }
        whenFinishing.clear();
        finished = true;
        if (running == this) {
            running = null;
        }
        if (STARTED_BY.get() == this) {
            STARTED_BY.remove();
        }
    }

    /** Where output goes while no cell runs; the engine installs a context that holds it. */
    public static void setBetweenCells(CellContext context) {
        betweenCells = context == null ? new CellContext(OutputSink.discarding()) : context;
    }
}
