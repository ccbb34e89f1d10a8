package dev.loomlab.eval.exec;

import java.lang.reflect.Method;
import jdk.jshell.execution.LocalExecutionControl;

/**
 * JShell's in-process execution control, kept for what matters most here: it instruments the
 * user's classes with a stop check at loop back-edges (and, on newer JDKs, at method entry),
 * so {@code stop()} ends even {@code while (true) {}} now that Thread.stop is gone. On top of
 * it this class captures the snippet's real value and tells its owner when user code runs.
 */
public final class CellExecutionControl extends LocalExecutionControl {

    private static final Method RUNNER;

    static {
        try {
            RUNNER = UserCodeRunner.class.getMethod("run");
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final UserCodeListener listener;
    private final Thread.UncaughtExceptionHandler reporter;
    private volatile CellHost host;
    private volatile boolean renderNextValue;
    private volatile SnippetValue lastValue = SnippetValue.NONE;
    private final CellVariables cellVariables = new CellVariables();
    private final LeftoverThreads leftovers = new LeftoverThreads();
    private volatile boolean stopAsked;
    private volatile Class<?> lastWrapper;

    CellExecutionControl(UserCodeListener listener, Thread.UncaughtExceptionHandler reporter) {
        this.listener = listener;
        this.reporter = reporter;
        this.host = new ThreadCellHost(reporter);
        MemoryRelief.prepare(); // its reserve must exist before memory runs out
    }

    /** Where snippets run from now on (a plain "main" thread until told otherwise). */
    public void useHost(CellHost host) {
        this.host = host;
    }

    /** Whether the next snippet's value should be rendered (only the cell's last one is shown). */
    public void renderNextValue(boolean render) {
        renderNextValue = render;
    }

    /** The value of the snippet that ran last, rendered if that was asked for. */
    public SnippetValue takeLastValue() {
        SnippetValue value = lastValue;
        lastValue = SnippetValue.NONE;
        return value;
    }

    /** Every class of a snippet passes here: exit calls are redirected before JShell instruments and loads it. */
    @Override
    public void load(ClassBytecodes[] classes)
            throws ClassInstallException, NotImplementedException, EngineTerminationException {
        super.load(ExitCallRewriter.rewriteAll(classes));
    }

    /** Local execution does not redefine classes today; should a JDK start to, the guard stays. */
    @Override
    public void redefine(ClassBytecodes[] classes)
            throws ClassInstallException, NotImplementedException, EngineTerminationException {
        super.redefine(ExitCallRewriter.rewriteAll(classes));
    }

    @Override
    protected String invoke(Method doitMethod) throws Exception {
        lastWrapper = doitMethod.getDeclaringClass();
        cellVariables.snippetRuns(lastWrapper);
        SnippetCall call = new SnippetCall(doitMethod, renderNextValue, reporter, host, cellVariables, leftovers,
                () -> stopAsked, this::stopRunningCode);
        renderNextValue = false;
        UserCodeRunner.CURRENT.set(call);
        boolean stopped = false;
        try {
            return super.invoke(RUNNER);
        } catch (StoppedException e) {
            stopped = true; // JShell reports a stop as a snippet that ended without a value
            throw e;
        } finally {
            UserCodeRunner.CURRENT.remove();
            lastValue = call.result(stopped);
            if (stopAsked) {
                leftovers.report();
            }
        }
    }

    /**
     * Lets go of the value in a variable of the snippet that ran last. Dropping a snippet does
     * not: its wrapper class stays loaded, and its static field would keep the value (a shown
     * array, a task) reachable for the rest of the session.
     */
    public void releaseVariable(String name) {
        Class<?> wrapper = lastWrapper;
        if (wrapper == null) return;
        try {
            java.lang.reflect.Field field = wrapper.getDeclaredField(name);
            if (field.getType().isPrimitive()) return;
            field.setAccessible(true);
            field.set(null, null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // not a field of that snippet: nothing is held there
        }
    }

    /**
     * A new cell (or user expression) begins: earlier stop requests are done with. A stop asked
     * after this, even while a snippet still compiles (when JShell's own stop finds nothing
     * running and does nothing), stops the cell's next snippet before it runs.
     */
    public void cellStarts() {
        stopAsked = false;
    }

    /** A stop asked before the snippet ran, carried out now that it runs (see UserCodeRunner). */
    private void stopRunningCode() {
        try {
            super.stop();
        } catch (EngineTerminationException | InternalException e) {
            // the snippet itself is stopped regardless; only its other threads may live on
        }
    }

    @Override
    public void stop() throws EngineTerminationException, InternalException {
        stopAsked = true;
        super.stop();
    }

    @Override
    protected void clientCodeEnter() {
        super.clientCodeEnter();
        listener.userCodeStarted();
    }

    @Override
    protected void clientCodeLeave() {
        listener.userCodeEnded();
        super.clientCodeLeave();
    }

    /** Told when JShell hands control to user code and when it gets it back. */
    public interface UserCodeListener {
        void userCodeStarted();

        void userCodeEnded();
    }
}
