package dev.loomlab.eval.exec;

/**
 * Where a cell's user code runs. The engine compiles each snippet of a cell with JShell and
 * hands the host the code to run; the host decides on which thread (a plain thread named
 * "main", or the main task of a session event loop). Called from the engine's thread only,
 * except {@link #interrupt()}, which comes from the kernel's control thread.
 */
public interface CellHost {

    /** A cell begins; its snippets follow through {@link #runUserCode}. */
    void cellStarted(String cellName);

    /**
     * Runs one snippet's user code and returns when it has finished. {@code userCode} catches
     * its own exceptions. Must keep waiting if the calling thread is interrupted (JShell's stop
     * interrupts it): {@link #interrupt()} is what ends the user code.
     */
    void runUserCode(Runnable userCode);

    /** The cell ended; a short note for the user about what it left behind, or null. */
    String cellEnded();

    /**
     * The user pressed stop: end what the running cell started. What that stopped (tasks
     * cancelled, threads interrupted) is told in {@link #cellEnded()}'s note.
     */
    void interrupt();
}
