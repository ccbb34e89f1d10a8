package dev.loomlab.eval.exec;


/**
 * Runs each snippet on a fresh platform thread named "main" in a {@link CellThreadGroup}, like
 * a Java program's main thread; threads the snippet starts join that group, whose uncaught
 * exceptions are reported to the cell. The host used when no event loop hosts the cells.
 */
public final class ThreadCellHost implements CellHost {
    private final Thread.UncaughtExceptionHandler reporter;

    public ThreadCellHost(Thread.UncaughtExceptionHandler reporter) {
        this.reporter = reporter;
    }

    @Override
    public void cellStarted(String cellName) {}

    @Override
    public void runUserCode(Runnable userCode) {
        runUserCode(userCode, group -> {});
    }

    /** Runs the snippet, telling {@code groupCreated} which group its threads will belong to. */
    void runUserCode(Runnable userCode, java.util.function.Consumer<ThreadGroup> groupCreated) {
        ThreadGroup group = new CellThreadGroup(Thread.currentThread().getThreadGroup(), reporter);
        groupCreated.accept(group);
        Thread main = new Thread(group, userCode, "main");
        main.setContextClassLoader(Thread.currentThread().getContextClassLoader());
        main.start();
        joinEvenIfInterrupted(main);
    }

    @Override
    public String cellEnded() {
        return null;
    }

    @Override
    public void interrupt() {
        // the snippet's thread is stopped by JShell itself; this host starts nothing else
    }

    // An interrupt reaches both threads; the cell's own thread decides how the snippet ends.
    static void joinEvenIfInterrupted(Thread thread) {
        while (true) {
            try {
                thread.join();
                return;
            } catch (InterruptedException again) {
                // keep waiting: stop() also stops the thread we wait for
            }
        }
    }
}
