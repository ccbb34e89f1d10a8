package dev.loomlab.eval.io;

import dev.loomlab.display.CellContext;
import dev.loomlab.log.KernelLog;
import java.util.Map;

/**
 * The last word when the JVM quits while a cell runs. Calls written in a cell never get here
 * (they are redirected, see ExitCallRewriter), but a library's System.exit, a call through
 * reflection or a method handle does, and nothing in the JVM can cancel an exit any more.
 * So this shutdown hook at least says what happened: in the kernel's log and, while the
 * frontend still listens, in the running cell. Runtime.halt runs no hooks: that stays silent.
 */
final class ShutdownNotice {

    /** How long the hook lets the message reach the frontend before the JVM goes. */
    private static final long DELIVERY_MILLIS = 500;

    private ShutdownNotice() {}

    static void install() {
        Thread hook = new Thread(ShutdownNotice::onShutdown, "loomlab-shutdown-notice");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    private static void onShutdown() {
        String caller = exitCaller();
        if (caller == null) {
            return; // the kernel's own orderly exit, or a signal: nothing to explain
        }
        String text = "The kernel is quitting: " + caller + " called System.exit, which the kernel cannot"
                + " prevent when it happens outside a cell's own code. Every variable is lost;"
                + " restart the kernel to go on.";
        KernelLog.info(text);
        if (CellContext.current().sink() instanceof CellIo io && !Console.isBetweenCells(io)) {
            io.stream("stderr", "\n" + text + "\n");
            try {
                Thread.sleep(DELIVERY_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Who called exit: the thread that did waits in java.lang.Shutdown while hooks run. Null
     * when that was the kernel itself or no thread is exiting (a signal).
     */
    static String exitCaller() {
        for (Map.Entry<Thread, StackTraceElement[]> entry : Thread.getAllStackTraces().entrySet()) {
            StackTraceElement[] frames = entry.getValue();
            int i = 0;
            while (i < frames.length && !frames[i].getClassName().equals("java.lang.Shutdown")) {
                i++;
            }
            if (i == frames.length) {
                continue;
            }
            while (i < frames.length && isExitMachinery(frames[i].getClassName())) {
                i++;
            }
            return i == frames.length ? null : describe(frames[i]);
        }
        // No platform thread is exiting, so a virtual thread is: on this kernel that is a
        // cell's task (cells run as tasks of the session loop), calling exit indirectly.
        return VIRTUAL_CALLER;
    }

    private static final String VIRTUAL_CALLER = "code in a cell (through reflection or a method handle)";

    private static boolean isExitMachinery(String className) {
        return className.equals("java.lang.Shutdown") || className.equals("java.lang.Runtime")
                || className.equals("java.lang.System") || className.startsWith("java.lang.reflect.")
                || className.startsWith("java.lang.invoke.") || className.startsWith("jdk.internal.reflect.");
    }

    private static String describe(StackTraceElement caller) {
        String className = caller.getClassName();
        if (className.startsWith("dev.loomlab.")) {
            return null; // the kernel ending itself (shutdown_request)
        }
        if (className.startsWith("java.lang.Terminator")) {
            return null; // a signal (SIGTERM from the frontend)
        }
        if (className.startsWith("REPL.")) {
            return VIRTUAL_CALLER;
        }
        return className + "." + caller.getMethodName();
    }
}
