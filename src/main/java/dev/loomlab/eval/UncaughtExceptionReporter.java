package dev.loomlab.eval;

/**
 * Prints an exception that escaped a thread the user started, as the JVM would
 * ("Exception in thread ..."), with cell line numbers, to System.err, which routes it to the
 * cell that started the thread. Silent for the ThreadDeath with which an interrupt stops a
 * cell's threads: the cell already says it was interrupted.
 */
final class UncaughtExceptionReporter implements Thread.UncaughtExceptionHandler {

    private final TracebackFormatter formatter;

    UncaughtExceptionReporter(TracebackFormatter formatter) {
        this.formatter = formatter;
    }

    @Override
    @SuppressWarnings("removal")
    public void uncaughtException(Thread thread, Throwable error) {
        if (error instanceof ThreadDeath) {
            return;
        }
        String trace = formatter.text(error);
        System.err.print("Exception in thread \"" + thread.getName() + "\" " + trace + "\n");
    }
}
