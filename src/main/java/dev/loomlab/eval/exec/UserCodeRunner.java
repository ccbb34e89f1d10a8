package dev.loomlab.eval.exec;

/**
 * JShell's local execution control invokes a static no-argument method on a fresh thread of
 * its own thread group (that is what its stop() interrupts). We hand it {@link #run()} instead
 * of the snippet's method, so that we see the snippet's real value (not JShell's toString of
 * it) and can let the {@link dev.loomlab.eval.CellHost} choose the thread the snippet runs on.
 */
public final class UserCodeRunner {

    /** The call being made; inherited by the thread JShell starts for it. */
    static final InheritableThreadLocal<SnippetCall> CURRENT = new InheritableThreadLocal<>();

    private UserCodeRunner() {}

    /** Called reflectively by JShell's LocalExecutionControl on its snippet thread. */
    public static Object run() throws Throwable {
        SnippetCall call = CURRENT.get();
        // JShell's stop() works only once this thread runs; a stop asked before (while the
        // snippet compiled) would be lost, so it is honoured here, the way JShell reports a stop.
        if (call.cellStopAsked.getAsBoolean()) {
            call.stopNow.run(); // threads the cell started earlier stop as with any stop
            throw new ThreadDeath();
        }
        // On JDK 21 LocalExecutionControl replaces the JVM-wide handler before every snippet
        // with one that drops other threads' exceptions; put ours back.
        Thread.setDefaultUncaughtExceptionHandler(call.reporter);
        Thread.currentThread().setContextClassLoader(call.doit.getDeclaringClass().getClassLoader());
        if (call.host instanceof ThreadCellHost threads) {
            threads.runUserCode(call::runUserCode, call::threadGroupCreated);
        } else {
            call.host.runUserCode(call::runUserCode);
        }
        return call.outcome();
    }
}
