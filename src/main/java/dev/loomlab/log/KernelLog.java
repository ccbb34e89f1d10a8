package dev.loomlab.log;

import java.io.PrintStream;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/**
 * The kernel's own log, on the process's original stderr (the frontend shows it in its
 * terminal). Captured before the engine redirects System.err to the running cell, so user
 * output and kernel diagnostics never mix.
 */
public final class KernelLog {
    private static volatile PrintStream out;
    private static volatile boolean debug = System.getenv("LOOMLAB_DEBUG") != null;

    private KernelLog() {}

    public static void useStream(PrintStream stream) {
        out = stream;
    }

    /** The stream to log to unless one was chosen: the stderr the JVM started with. */
    public static synchronized void useStreamUnlessChosen(PrintStream original) {
        if (out == null) out = original;
    }

    public static void info(String message) {
        PrintStream stream = out != null ? out : System.err;
        stream.println("[loomlab " + LocalTime.now().truncatedTo(ChronoUnit.MILLIS) + "] " + message);
        stream.flush();
    }

    public static void warn(String message) {
        info("warning: " + message);
    }

    public static void debug(String message) {
        if (debug) info(message);
    }
}
