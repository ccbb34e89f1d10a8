package dev.loomlab.eval.exec;

import dev.loomlab.display.MimeBundle;
import dev.loomlab.display.Renderers;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.function.BooleanSupplier;

/**
 * One run of a snippet's generated "do it" method, and what came of it: the rendered value
 * (when asked for) or the exception the user's code threw.
 */
final class SnippetCall {

    final Method doit;
    final boolean renderValue;
    final Thread.UncaughtExceptionHandler reporter;
    final CellHost host;
    private final CellVariables cellVariables;
    private final LeftoverThreads leftovers;
    private volatile Object value;
    private volatile MimeBundle rendered;
    private volatile Throwable renderFailure;
    private volatile Throwable thrown;
    /** Whether the cell was asked to stop, possibly before this snippet began (while it compiled). */
    final BooleanSupplier cellStopAsked;
    /** JShell's stop, once this snippet's thread runs: also ends the threads the cell started. */
    final Runnable stopNow;

    SnippetCall(Method doit, boolean renderValue, Thread.UncaughtExceptionHandler reporter, CellHost host,
                CellVariables cellVariables, LeftoverThreads leftovers, BooleanSupplier cellStopAsked,
                Runnable stopNow) {
        this.cellStopAsked = cellStopAsked;
        this.stopNow = stopNow;
        this.doit = doit;
        this.renderValue = renderValue;
        this.reporter = reporter;
        this.host = host;
        this.cellVariables = cellVariables;
        this.leftovers = leftovers;
    }

    /** The runner made the group this snippet's threads run in. */
    void threadGroupCreated(ThreadGroup group) {
        leftovers.snippetGroup(group);
    }

    /** Runs on the cell's "main" thread; rendering happens there too, so interrupt can stop it. */
    @SuppressWarnings("removal")
    void runUserCode() {
        try {
            value = doit.invoke(null);
        } catch (InvocationTargetException e) {
            thrown = e.getCause();
            relieveMemory();
            return;
        } catch (Throwable e) {
            thrown = e;
            relieveMemory();
            return;
        }
        if (renderValue && value != null) {
            try {
                rendered = Renderers.render(value);
            } catch (ThreadDeath stop) {
                thrown = stop;
            } catch (Throwable e) {
                renderFailure = e; // reported only if this value is the one the cell shows
            }
        }
    }

    // Here the snippet's own frames are gone, so its local variables no longer hold anything.
    private void relieveMemory() {
        if (thrown instanceof OutOfMemoryError) {
            MemoryRelief.afterOutOfMemory(cellVariables);
        }
    }

    /** What the do-it method returns to JShell: nothing (JShell would call toString on it). */
    Object outcome() throws Throwable {
        if (thrown != null) {
            throw thrown;
        }
        return null;
    }

    SnippetValue result(boolean stopped) {
        return new SnippetValue(rendered, renderFailure, stopped);
    }
}
