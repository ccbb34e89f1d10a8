package dev.loomlab.eval.io;

import dev.loomlab.display.CellContext;
import dev.loomlab.display.OutputSink;
import dev.loomlab.log.KernelLog;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The JVM's standard streams while the engine runs. User code runs in the kernel's own JVM,
 * so System.out, System.err and System.in are replaced (once, however many engines exist) by
 * streams that route to the running cell. The kernel must log through {@link #originalErr()}.
 */
public final class Console {

    private static final PrintStream ORIGINAL_OUT = System.out;
    private static final PrintStream ORIGINAL_ERR = System.err;
    private static final InputStream ORIGINAL_IN = System.in;

    private static final HeldOutput HELD = new HeldOutput();
    private static final CellIo BETWEEN_CELLS = new CellIo(HELD, null, OutputLimit.NONE); // HeldOutput bounds itself
    private static int installs;
    private static boolean shutdownNoticeInstalled;

    private Console() {}

    /** The stderr the JVM started with: for the kernel's own logging, never for user output. */
    public static PrintStream originalErr() {
        return ORIGINAL_ERR;
    }

    public static PrintStream originalOut() {
        return ORIGINAL_OUT;
    }

    /** Replaces the standard streams; counted, so each engine calls it once and {@link #uninstall} once. */
    public static synchronized void install() {
        if (installs++ > 0) {
            return;
        }
        KernelLog.useStreamUnlessChosen(ORIGINAL_ERR); // the log never goes into a cell
        System.setOut(routedPrintStream("stdout"));
        System.setErr(routedPrintStream("stderr"));
        System.setIn(new CellInputStream());
        CellContext.setBetweenCells(new CellContext(BETWEEN_CELLS));
        if (!shutdownNoticeInstalled) {
            shutdownNoticeInstalled = true; // once per JVM, however often engines come and go
            ShutdownNotice.install();
        }
    }

    /** Puts the original streams back when the last engine is closed. */
    public static synchronized void uninstall() {
        if (installs == 0 || --installs > 0) {
            return;
        }
        System.out.flush();
        System.setOut(ORIGINAL_OUT);
        System.setErr(ORIGINAL_ERR);
        System.setIn(ORIGINAL_IN);
        CellContext.setBetweenCells(null);
    }

    /**
     * Starts routing to a cell: attaches its context to the calling thread (the one that runs
     * the cell) and first hands it whatever was printed while no cell was running.
     *
     * @param runningCell false for quiet evaluations that must not receive others' output
     */
    public static CellContext beginCell(CellIo io, boolean runningCell) {
        return beginCell(io, runningCell, null);
    }

    /** @param label names the cell in output its threads print after it ended ("[from cell 3, ...]") */
    public static CellContext beginCell(CellIo io, boolean runningCell, String label) {
        CellContext context = new CellContext(io, label);
        if (runningCell) {
            BETWEEN_CELLS.flush();
            HELD.deliverTo(io);
        }
        context.enter(runningCell);
        if (runningCell) {
            BETWEEN_CELLS.flush(); // anything that slipped in while we switched
            HELD.deliverTo(io);
        }
        return context;
    }

    /** Ends a cell: sends all its text; later writes of its threads go to the next cell. */
    public static void endCell(CellContext context) {
        context.finish();
        if (context.sink() instanceof CellIo io) {
            io.close();
        }
    }

    static boolean isBetweenCells(CellIo io) {
        return io == BETWEEN_CELLS;
    }

    /** The I/O of the cell the calling thread belongs to, or null when it is not one of ours. */
    static CellIo currentCellIo() {
        OutputSink sink = CellContext.current().sink();
        return sink instanceof CellIo io ? io : null;
    }

    private static PrintStream routedPrintStream(String name) {
        return new PrintStream(new RoutingOutputStream(name, BETWEEN_CELLS), true, StandardCharsets.UTF_8);
    }
}
