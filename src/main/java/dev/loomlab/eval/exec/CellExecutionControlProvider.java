package dev.loomlab.eval.exec;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * Gives JShell a {@link CellExecutionControl}, and gives the engine a handle on it (JShell
 * creates its execution control lazily and does not expose it).
 */
public final class CellExecutionControlProvider implements ExecutionControlProvider {

    private final CellExecutionControl.UserCodeListener listener;
    private final Thread.UncaughtExceptionHandler reporter;
    private final CompletableFuture<CellExecutionControl> created = new CompletableFuture<>();

    public CellExecutionControlProvider(CellExecutionControl.UserCodeListener listener,
                                        Thread.UncaughtExceptionHandler reporter) {
        this.listener = listener;
        this.reporter = reporter;
    }

    @Override
    public String name() {
        return "loomlab-local";
    }

    @Override
    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
        CellExecutionControl control = new CellExecutionControl(listener, reporter);
        created.complete(control);
        return control;
    }

    /** The control, once JShell has asked for it (it does on the first evaluation). */
    public CellExecutionControl control() {
        return created.join();
    }
}
