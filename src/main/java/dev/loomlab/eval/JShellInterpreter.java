package dev.loomlab.eval;

import dev.loomlab.display.CellContext;
import dev.loomlab.display.MimeBundle;
import dev.loomlab.display.OutputSink;
import dev.loomlab.display.Renderers;
import dev.loomlab.eval.exec.CellExecutionControl;
import dev.loomlab.eval.exec.CellExecutionControlProvider;
import dev.loomlab.eval.exec.CellHost;
import dev.loomlab.eval.exec.SnippetValue;
import dev.loomlab.eval.io.CellIo;
import dev.loomlab.eval.io.Console;
import dev.loomlab.eval.slips.SlipHints;
import dev.loomlab.log.KernelLog;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;

/**
 * The engine: JShell running user code in this JVM. Cells are split into snippets and run in
 * order until the first error; the last expression's value is the cell's result.
 *
 * <p>JShell is not thread-safe, so one lock guards it. The cell's thread gives the lock up
 * while user code runs (and takes it back after), so completion and inspection answer while a
 * long cell runs, without ever touching JShell while it compiles.
 */
public final class JShellInterpreter implements Interpreter {


    private final SnippetOrigins origins = new SnippetOrigins();
    private final TracebackFormatter tracebacks = new TracebackFormatter(origins);
    private final ReentrantLock compilerLock = new ReentrantLock();
    private final ThreadLocal<Boolean> lockLentToUserCode = ThreadLocal.withInitial(() -> false);
    private final CellExecutionControlProvider provider;
    private final CompletableFuture<JShell> shell;
    /** When a cell or analysis last used the engine (System.nanoTime), for the idle-time warm-up. */
    private volatile long lastActivity = System.nanoTime();
    /** When the idle-time warm-up last compiled a snippet (System.nanoTime), for the idle give-back. */
    private volatile long lastWarmUpSnippet = lastActivity;
    private final Object interruptLock = new Object();
    private final Thread.UncaughtExceptionHandler previousDefaultHandler;
    private final List<String> preloadedImports;
    /**
     * The cell being run, null between cells. While one runs its user code may have lent the
     * compiler lock out, so no warm-up or give-back then.
     */
    private volatile RunningCell runningCell;
    private volatile CellHost cellHost;

    /** Starts JShell in the background with {@link PreloadedImports}; returns at once. */
    public JShellInterpreter() {
        this(PreloadedImports.imports());
    }

    public JShellInterpreter(List<String> preloadedImports) {
        this(preloadedImports, List.of());
    }

    /** @param compilerOptions extra javac options for user code (LOOMLAB_COMPILER_OPTS), as {@link CompilerOptions} prepares them */
    public JShellInterpreter(List<String> preloadedImports, List<String> compilerOptions) {
        this.preloadedImports = List.copyOf(preloadedImports);
        this.previousDefaultHandler = Thread.getDefaultUncaughtExceptionHandler();
        Console.install();
        this.provider = new CellExecutionControlProvider(new LockHandOver(),
                new UncaughtExceptionReporter(tracebacks));
        this.shell = ShellStarter.start(provider, this.preloadedImports, List.copyOf(compilerOptions), origins, compilerLock);
        shell.thenRun(() -> CompilerWarmUp.start(shell, compilerLock, provider.control(),
                () -> runningCell == null && System.nanoTime() - lastActivity > CompilerWarmUp.IDLE_NANOS,
                () -> lastWarmUpSnippet = System.nanoTime()));
        IdleGiveBack.start(compilerLock, () -> runningCell != null, this::lastWork);
    }

    /** When the engine last did anything: a cell, an analysis or a warm-up snippet (System.nanoTime). */
    private long lastWork() {
        long activity = lastActivity;
        long warmUp = lastWarmUpSnippet;
        return warmUp - activity > 0 ? warmUp : activity;
    }

    /** The imports every session starts with. */
    public List<String> preloadedImports() {
        return preloadedImports;
    }

    /**
     * Runs cells' user code through {@code host} from the next cell on (by default each
     * snippet runs on a plain thread named "main").
     */
    public void setCellHost(CellHost host) {
        this.cellHost = host;
    }

    /**
     * An exception as this engine shows one: the header, then frames with cell and line
     * numbers instead of JShell's generated classes, engine frames left out.
     */
    public String describeException(Throwable error) {
        return tracebacks.text(error);
    }

    /** Waits until JShell is built and warmed up; the kernel may call it to measure or to fail early. */
    public void awaitReady() {
        shell();
    }

    @Override
    public Outcome execute(RunningCell cell) {
        synchronized (interruptLock) {
            runningCell = cell;
        }
        String code = cell.code();
        int executionCount = cell.executionCount();
        lastActivity = System.nanoTime();
        CellIo io = new CellIo(cell.sink(), cell.input());
        CellContext context = Console.beginCell(io, true, "cell " + executionCount);
        CellHost host = cellHost;
        try (StopSignal.Listening stopping = cell.stop().onStop(() -> stopRunning(cell))) {
            JShell js = shell();
            provider.control().cellStarts();
            if (host != null) {
                provider.control().useHost(host);
                host.cellStarted("cell " + executionCount);
            }
            Outcome outcome;
            try {
                outcome = new CellRun(js, code, "cell " + executionCount, io).run();
            } finally {
                String note = host == null ? null : host.cellEnded();
                if (note != null) io.display(CellNote.of(note), null, false);
            }
            return outcome;
        } catch (RuntimeException | Error e) {
            return engineFailure(e);
        } finally {
            lastActivity = System.nanoTime();
            synchronized (interruptLock) {
                runningCell = null; // after a stop under way has done all it does
            }
            Console.endCell(context);
        }
    }

    @Override
    public Outcome evaluateExpression(String expression) {
        CellContext context = Console.beginCell(new CellIo(OutputSink.discarding(), null), false);
        try {
            JShell js = shell();
            provider.control().cellStarts();
            CellSnippet snippet = new CellSnippet(expression.strip(), 0, 1);
            SnippetRun run = evaluate(js, expression.strip(), snippet, "user expression", true);
            dropTemporaryVariable(js, run); // no stray $N variables
            return run.outcome();
        } catch (RuntimeException | Error e) {
            return engineFailure(e);
        } finally {
            Console.endCell(context);
        }
    }

    /**
     * Stops {@code cell}'s code: its host ends what the cell started, JShell stops the snippet.
     * Done under a lock the cell's end waits for, so the cell cannot end and let the next one
     * start before the last part of the stop lands (it would stop that one instead).
     */
    private void stopRunning(RunningCell cell) {
        synchronized (interruptLock) {
            if (runningCell != cell) return; // it ended already: the stop has nothing to stop
            // JShell's stop first, while the snippet still runs: only then does it raise the flag
            // that ends the cell's spinning threads too. The host's interrupt may end the snippet
            // at once (a join, a sleep), and JShell does nothing once no snippet runs.
            if (shell.isDone() && !shell.isCompletedExceptionally()) {
                shell.join().stop();
            }
            CellHost host = cellHost;
            if (host != null) host.interrupt();
        }
    }

    @Override
    public Completion complete(String code, int cursorPos) {
        return analyse(() -> CodeCompleter.complete(shell().sourceCodeAnalysis(), code, cursorPos),
                new Completion(List.of(), cursorPos, cursorPos), USER_ASKED_WAIT_MS);
    }

    @Override
    public MimeBundle inspect(String code, int cursorPos, int detailLevel) {
        return analyse(() -> CodeInspector.inspect(shell().sourceCodeAnalysis(), code, cursorPos), null,
                USER_ASKED_WAIT_MS);
    }

    @Override
    public IsComplete isComplete(String code) {
        return analyse(() -> CompletenessChecker.check(shell().sourceCodeAnalysis(), code),
                new IsComplete("unknown", ""), CONSOLE_WAIT_MS);
    }

    @Override
    public void addToClassPath(List<java.nio.file.Path> entries) {
        JShell js = shell();
        // JShell adds each entry to both the compiler's class path and the loader of user code.
        withLock(() -> entries.forEach(entry -> js.addToClasspath(entry.toAbsolutePath().toString())));
    }

    @Override
    public String languageVersion() {
        return Runtime.version().version().stream().map(String::valueOf).collect(Collectors.joining("."));
    }

    @Override
    public void close() {
        if (shell.isDone() && !shell.isCompletedExceptionally()) {
            shell.join().close();
        } else {
            shell.cancel(false);
        }
        Thread.setDefaultUncaughtExceptionHandler(previousDefaultHandler);
        Console.uninstall();
    }

    /** One cell being run, snippet after snippet. */
    private final class CellRun {
        private final JShell js;
        private final String code;
        private final String place;
        private final CellIo io;
        private final List<DeclarationSnippet> declared = new ArrayList<>();

        CellRun(JShell js, String code, String place, CellIo io) {
            this.js = js;
            this.code = code;
            this.place = place;
            this.io = io;
        }

        Outcome run() {
            SlipHints.beforeRunning(code).forEach(hint -> io.display(CellNote.of(hint), null, false));
            Outcome outcome = runSnippets();
            return outcome instanceof Outcome.Failure failure ? withSlipHint(code, failure) : outcome;
        }

        private Outcome runSnippets() {
            List<CellSnippet> snippets = withLock(() -> CellSplitter.split(js.sourceCodeAnalysis(), code));
            MimeBundle value = null;
            for (int i = 0; i < snippets.size(); i++) {
                if (stopAsked()) {
                    return Interruption.failure();
                }
                boolean last = i == snippets.size() - 1;
                // as in IPython, a semicolon after the last expression hides its value
                boolean shown = last && !snippets.get(i).source().strip().endsWith(";");
                SnippetRun run = evaluate(js, code, snippets.get(i), place, shown);
                if (run.event() != null && run.event().snippet() instanceof DeclarationSnippet declaration) {
                    declared.add(declaration);
                }
                dropTemporaryVariable(js, run);
                Outcome outcome = run.outcome();
                if (outcome instanceof Outcome.Failure) {
                    return outcome;
                }
                value = shown ? ((Outcome.Success) outcome).value() : null;
            }
            noteUnresolvedDeclarations();
            return new Outcome.Success(value);
        }

        /** "method g() is defined but cannot be used until ..." for this cell's incomplete definitions. */
        private void noteUnresolvedDeclarations() {
            for (DeclarationSnippet declaration : declared) {
                String note = withLock(() -> UnresolvedNotes.noteFor(js, declaration));
                if (note != null) {
                    io.stream("stderr", note + "\n");
                }
            }
        }
    }

    private record SnippetRun(SnippetEvent event, Outcome outcome) {}

    /**
     * Forgets the {@code $N} variable JShell makes for a bare expression once its value has
     * been shown: notebooks never name them, and every snippet JShell keeps makes each later
     * one slower to compile (a thousand cells of {@code 1 + 1} took 50 ms each instead of 20).
     * Its value is let go too, so a shown result can be garbage-collected.
     */
    private void dropTemporaryVariable(JShell js, SnippetRun run) {
        if (run.event() != null && run.event().snippet().subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND
                && run.outcome() instanceof Outcome.Success) {
            String name = ((VarSnippet) run.event().snippet()).name();
            withLock(() -> {
                provider.control().releaseVariable(name);
                js.drop(run.event().snippet());
            });
        }
    }

    /** Whether the user (or the time limit) asked the running cell to stop. */
    private boolean stopAsked() {
        RunningCell cell = runningCell;
        return cell != null && cell.stop().requested();
    }

    /** Evaluates one snippet and says how it ended; renders the value only when it is shown. */
    private SnippetRun evaluate(JShell js, String code, CellSnippet snippet, String place, boolean last) {
        CellExecutionControl control = provider.control();
        record Evaluated(List<SnippetEvent> events, SnippetValue value) {}
        // The value is taken under the same lock: the next evaluation may be someone else's.
        Evaluated evaluated = withLock(() -> {
            control.renderNextValue(last);
            origins.running(new SnippetOrigins.Origin(place, snippet.line()));
            try {
                List<SnippetEvent> events = js.eval(snippet.source());
                return new Evaluated(events, control.takeLastValue());
            } finally {
                origins.running(null);
            }
        });
        List<SnippetEvent> events = evaluated.events();
        SnippetValue value = evaluated.value();
        SnippetEvent event = events.stream().filter(e -> e.causeSnippet() == null).findFirst().orElse(null);
        if (event == null) {
            return new SnippetRun(null, new Outcome.Success(null));
        }
        origins.record(event.snippet().id(), new SnippetOrigins.Origin(place, snippet.line()));
        // Also when the snippet ended normally: the user asked to stop, and what it waited
        // for may simply have been stopped first (a joined thread dies before join is interrupted).
        if (value.stopped() || stopAsked()) {
            return new SnippetRun(event, Interruption.failure());
        }
        if (event.status() == Snippet.Status.REJECTED) {
            List<Diag> errors = withLock(() -> js.diagnostics(event.snippet()).filter(Diag::isError).toList());
            return new SnippetRun(event, CompileErrorFormatter.failure(code, snippet, place, errors));
        }
        if (event.exception() instanceof UnresolvedReferenceException unresolved) {
            String message = withLock(() -> UnresolvedNotes.messageFor(js, unresolved.getSnippet()));
            Outcome.Failure failure = tracebacks.failure(unresolved);
            List<String> lines = new ArrayList<>(failure.traceback());
            lines.set(0, "UnresolvedReferenceException: " + message);
            return new SnippetRun(event, new Outcome.Failure("UnresolvedReferenceException", message, lines));
        }
        if (event.exception() != null) {
            return new SnippetRun(event, tracebacks.failure(event.exception()));
        }
        if (!last || !ShownValues.isShown(event)) {
            return new SnippetRun(event, new Outcome.Success(null));
        }
        if (value.renderFailure() != null) {
            return new SnippetRun(event, tracebacks.failure(value.renderFailure()));
        }
        return new SnippetRun(event, new Outcome.Success(value.bundle() != null ? value.bundle() : Renderers.render(null)));
    }

    private JShell shell() {
        try {
            return shell.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("Java could not be started: " + e.getCause(), e.getCause());
        }
    }

    private <T> T withLock(java.util.function.Supplier<T> action) {
        compilerLock.lock();
        try {
            return action.get();
        } finally {
            compilerLock.unlock();
        }
    }

    private void withLock(Runnable action) {
        withLock(() -> {
            action.run();
            return null;
        });
    }

    /**
     * A console asks is_complete with a short timeout: while JShell is still starting, an
     * honest "don't know" beats an answer that comes too late. Tab and Shift+Tab are a user
     * waiting for an answer: right after the kernel starts they wait for JShell rather than
     * show nothing.
     */
    private static final long CONSOLE_WAIT_MS = 800;
    private static final long USER_ASKED_WAIT_MS = 30_000;

    /** Runs a completion/inspection; gives up (fallback) rather than wait long for a compiling cell. */
    private <T> T analyse(java.util.function.Supplier<T> action, T fallback, long startupWaitMs) {
        lastActivity = System.nanoTime();
        try {
            shell.get(startupWaitMs, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            return fallback;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fallback;
        } catch (java.util.concurrent.ExecutionException e) {
            return fallback;
        }
        try {
            if (!compilerLock.tryLock(2, TimeUnit.SECONDS)) {
                return fallback;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fallback;
        }
        try {
            return action.get();
        } catch (RuntimeException e) {
            KernelLog.warn("code analysis failed: " + e);
            return fallback;
        } finally {
            compilerLock.unlock();
        }
    }

    /** The failure with a hint after its traceback when the cell shows a slip (see SlipHints). */
    private static Outcome.Failure withSlipHint(String code, Outcome.Failure failure) {
        String hint = SlipHints.afterFailure(code,
                new SlipHints.Error(failure.ename(), failure.evalue(), failure.traceback()));
        if (hint == null) return failure;
        List<String> traceback = new ArrayList<>(failure.traceback());
        traceback.add("");
        traceback.add(hint);
        return new Outcome.Failure(failure.ename(), failure.evalue(), traceback);
    }

    private Outcome engineFailure(Throwable e) {
        KernelLog.warn("engine error");
        e.printStackTrace(Console.originalErr());
        String message = "Something went wrong inside the Java engine (not in your code): " + e;
        return new Outcome.Failure("EngineError", message, List.of("EngineError: " + message));
    }

    /** Lends the compiler lock to others while user code runs on the cell's thread. */
    private final class LockHandOver implements CellExecutionControl.UserCodeListener {
        @Override
        public void userCodeStarted() {
            if (compilerLock.isHeldByCurrentThread() && compilerLock.getHoldCount() == 1) {
                compilerLock.unlock();
                lockLentToUserCode.set(true);
            }
        }

        @Override
        public void userCodeEnded() {
            if (lockLentToUserCode.get()) {
                lockLentToUserCode.set(false);
                compilerLock.lock();
            }
        }
    }
}
