package dev.loomlab.eval.exec;

import java.util.Objects;

/**
 * Stand-ins for System.exit, Runtime.exit and Runtime.halt: {@link ExitCallRewriter} points
 * the cells' calls here. Public because the cells' classes (another class loader) call it.
 */
public final class ExitGuard {

    private ExitGuard() {}

    public static void systemExit(int status) {
        throw new SystemExitError("System.exit(" + status + ")");
    }

    public static void runtimeExit(Runtime runtime, int status) {
        Objects.requireNonNull(runtime); // as the real call on a null Runtime would
        throw new SystemExitError("Runtime.getRuntime().exit(" + status + ")");
    }

    public static void runtimeHalt(Runtime runtime, int status) {
        Objects.requireNonNull(runtime);
        throw new SystemExitError("Runtime.getRuntime().halt(" + status + ")");
    }
}
