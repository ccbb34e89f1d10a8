package dev.loomlab.eval;

import dev.loomlab.display.Renderers;
import dev.loomlab.eval.exec.CellExecutionControlProvider;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.Lock;
import jdk.jshell.JShell;
import jdk.jshell.SnippetEvent;

/**
 * Builds JShell on a background thread and warms it up (the first evaluation loads the whole
 * compiler, about a second), so the kernel can answer kernel_info at once and the user's
 * first cell only waits for what is left of that second.
 */
final class ShellStarter {

    private ShellStarter() {}

    static CompletableFuture<JShell> start(CellExecutionControlProvider provider, List<String> imports,
                                           List<String> compilerOptions, SnippetOrigins origins, Lock compilerLock) {
        CompletableFuture<JShell> ready = new CompletableFuture<>();
        Thread starter = new Thread(() -> {
            try {
                ready.complete(buildAndWarm(provider, imports, compilerOptions, origins, compilerLock));
            } catch (Throwable e) {
                ready.completeExceptionally(e);
            }
        }, "loomlab-jshell-start");
        starter.setDaemon(true);
        starter.start();
        return ready;
    }

    private static JShell buildAndWarm(CellExecutionControlProvider provider, List<String> imports,
                                       List<String> compilerOptions, SnippetOrigins origins, Lock compilerLock) {
        compilerLock.lock();
        try {
            LibrarySources.install();
            JShell shell = JShell.builder()
                    .executionEngine(provider, Map.of())
                    .compilerOptions(compilerOptions.toArray(String[]::new))
                    .build();
            // Not a --class-path compiler option: that would override every later addToClasspath
            // (%maven, %jars), since JShell appends its own class path before the extra options.
            shell.addToClasspath(KernelClassPath.compute());
            for (String source : imports) {
                for (SnippetEvent event : shell.eval(source)) {
                    origins.record(event.snippet().id(), new SnippetOrigins.Origin("preloaded imports", 1));
                }
            }
            // One expression through the whole path (analysis, compile, load, run, render)
            // so the user's first "1 + 1" does not pay for it; then forget it.
            shell.sourceCodeAnalysis().analyzeCompletion("1 + 1");
            for (SnippetEvent event : shell.eval("1 + 1")) {
                shell.drop(event.snippet());
            }
            provider.control().takeLastValue();
            Renderers.render(2);
            // The first Tab of a session paid for JShell's completion machinery (half a second,
            // more on a busy machine): JupyterLab waits one second for a kernel's completions,
            // then shows none. Pay it here, before the user can press Tab.
            shell.sourceCodeAnalysis().completionSuggestions("int warmUp = 1; warm", 20, new int[1]);
            return shell;
        } finally {
            compilerLock.unlock();
        }
    }
}
