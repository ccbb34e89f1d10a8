package dev.loomlab.eval.exec;

/**
 * JShell's local execution control invokes a static no-argument method on a fresh thread of
 * its own thread group (that is what its stop() interrupts). We hand it {@link #run()} instead
 * of the snippet's method, so that we see the snippet's real value (not JShell's toString of
 * it) and can run the snippet in a {@link CellThreadGroup} named like a Java program's thread.
 */
public final class UserCodeRunner {

    /** The call being made; inherited by the thread JShell starts for it. */
    static final InheritableThreadLocal<SnippetCall> CURRENT = new InheritableThreadLocal<>();

    private UserCodeRunner() {}

    /** Called reflectively by JShell's LocalExecutionControl on its snippet thread. */
    public static Object run() throws Throwable {
        SnippetCall call = CURRENT.get();
        // On JDK 21 LocalExecutionControl replaces the JVM-wide handler before every snippet
        // with one that drops other threads' exceptions; put ours back.
        Thread.setDefaultUncaughtExceptionHandler(call.reporter);
        ThreadGroup group = new CellThreadGroup(Thread.currentThread().getThreadGroup(), call.reporter);
        call.threadGroupCreated(group);
        Thread main = new Thread(group, call::runUserCode, "main");
        main.setContextClassLoader(call.doit.getDeclaringClass().getClassLoader());
        main.start();
        joinEvenIfInterrupted(main);
        return call.outcome();
    }

    // An interrupt reaches both threads; the cell's own thread decides how the snippet ends.
    private static void joinEvenIfInterrupted(Thread thread) {
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
