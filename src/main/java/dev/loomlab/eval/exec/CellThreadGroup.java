package dev.loomlab.eval.exec;

/**
 * The thread group of a cell's main thread and of every platform thread it starts. JShell's
 * own group silently swallows exceptions that escape such threads; this one reports them the
 * way the JVM does, except the ThreadDeath an interrupt uses to stop them.
 */
final class CellThreadGroup extends ThreadGroup {

    private final Thread.UncaughtExceptionHandler reporter;

    CellThreadGroup(ThreadGroup parent, Thread.UncaughtExceptionHandler reporter) {
        super(parent, "cell");
        this.reporter = reporter;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        reporter.uncaughtException(thread, error);
    }
}
