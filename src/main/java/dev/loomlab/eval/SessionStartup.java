package dev.loomlab.eval;

import dev.loomlab.display.MimeBundle;
import dev.loomlab.display.OutputSink;
import dev.loomlab.log.KernelLog;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Prepares a session from {@link Settings}: adds the configured class path and runs the startup
 * scripts, in the background so the kernel answers at once, and before the first cell runs.
 * Script output goes to the kernel's log; anything that went wrong is told to the user on
 * stderr of their first cell, since a kernel log is easily missed.
 *
 * <p>It sits outside everything else (magics, the cell time limit): waiting for the startup
 * work is not part of the first cell's time, so a slow start cannot time out and stop a script.
 */
public final class SessionStartup extends ForwardingInterpreter {

    private final Interpreter setup;
    private final CompletableFuture<List<String>> ready;
    private final AtomicBoolean notesShown = new AtomicBoolean();

    /**
     * @param engine runs the cells, once the session is ready
     * @param setup  the engine underneath (no magics, no time limit) that gets the class path and runs the scripts
     */
    public SessionStartup(Interpreter engine, Interpreter setup, Settings settings, List<String> earlierProblems,
                          PrintStream log) {
        super(engine);
        this.setup = setup;
        List<String> problems = new ArrayList<>(earlierProblems);
        this.ready = CompletableFuture.supplyAsync(() -> {
            prepare(settings, problems, log);
            return problems;
        }, task -> Thread.ofPlatform().daemon().name("loomlab-session-startup").start(task));
        ready.thenAccept(list -> list.forEach(KernelLog::warn));
    }

    private void prepare(Settings settings, List<String> problems, PrintStream log) {
        List<Path> entries = new ArrayList<>();
        for (String pattern : settings.classPath()) {
            List<Path> found = ClassPathGlobs.expand(pattern);
            if (found.isEmpty()) problems.add("LOOMLAB_CLASSPATH: nothing found at " + pattern);
            entries.addAll(found);
        }
        if (!entries.isEmpty()) {
            try {
                setup.addToClassPath(entries);
            } catch (RuntimeException e) {
                problems.add("LOOMLAB_CLASSPATH could not be added: " + e.getMessage());
            }
        }
        OutputSink toLog = new LogSink(log);
        for (String pattern : settings.startupScriptPaths()) {
            List<Path> scripts = ClassPathGlobs.expand(pattern);
            if (scripts.isEmpty()) problems.add("LOOMLAB_STARTUP_SCRIPTS_PATH: no script at " + pattern);
            for (Path script : scripts) {
                try {
                    runScript(script.toString(), Files.readString(script), toLog, problems);
                } catch (IOException e) {
                    problems.add("the startup script " + script + " cannot be read: " + e.getMessage());
                }
            }
        }
        if (settings.startupScript() != null) {
            runScript("LOOMLAB_STARTUP_SCRIPT", settings.startupScript(), toLog, problems);
        }
    }

    private void runScript(String name, String code, OutputSink sink, List<String> problems) {
        try {
            if (setup.execute(code, 0, sink, null) instanceof Outcome.Failure failure) {
                problems.add("the startup script " + name + " failed: " + String.join("\n", failure.traceback()));
            }
        } catch (RuntimeException e) {
            problems.add("the startup script " + name + " failed: " + e);
        }
    }

    /** Waits for the startup work; the first caller also gets the notes to show. */
    private List<String> awaitReady() {
        List<String> problems = ready.join();
        return notesShown.compareAndSet(false, true) ? problems : List.of();
    }

    @Override
    public Outcome execute(RunningCell cell) {
        List<String> notes = awaitReady();
        if (!notes.isEmpty()) {
            cell.sink().stream("stderr", "Kernel settings: " + String.join("\n", notes) + "\n");
        }
        return engine.execute(cell);
    }

    @Override
    public Outcome evaluateExpression(String expression) {
        ready.join();
        return engine.evaluateExpression(expression);
    }

    @Override
    public void addToClassPath(List<Path> entries) {
        ready.join();
        engine.addToClassPath(entries);
    }

    /** Startup scripts' output: the kernel log, line by line. */
    private record LogSink(PrintStream log) implements OutputSink {
        @Override
        public void stream(String name, String text) {
            log.print(text);
            log.flush();
        }

        @Override
        public void display(MimeBundle bundle, String displayId, boolean update) {
            log.println("[startup script display: " + bundle.data().keySet() + "]");
        }

        @Override
        public void clearOutput(boolean wait) {}
    }
}
