package dev.loomlab.eval;

import dev.loomlab.eval.exec.CellExecutionControl;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import jdk.jshell.JShell;
import jdk.jshell.SnippetEvent;

/**
 * JShell compiles each cell with javac, which is slow until the JIT has compiled javac itself:
 * a trivial cell takes about 30 ms in a fresh kernel and 12 ms once warm. While the user reads
 * (no cell running, none for a second), this feeds JShell throwaway snippets, one at a time,
 * and forgets them, so the next cells are fast. It never runs during a cell (whose user code
 * lends the compiler lock out, and whose value the control holds), stops for good after a
 * fixed number, and holds the compiler for no longer than one small snippet takes.
 */
final class CompilerWarmUp {
    private static final int SNIPPETS = 200;
    /** How long the engine must have been left alone before a warm-up snippet runs. */
    static final long IDLE_NANOS = 1_000_000_000L;

    private CompilerWarmUp() {}

    static void start(CompletableFuture<JShell> shell, ReentrantLock compilerLock,
                      CellExecutionControl control, BooleanSupplier idle, Runnable snippetDone) {
        Thread.ofPlatform().daemon().name("loomlab-warm-up").priority(Thread.MIN_PRIORITY).start(() -> {
            JShell js = shell.join();
            for (int i = 0; i < SNIPPETS; i++) {
                if (!waitForIdle(idle)) return;
                if (!compilerLock.tryLock()) {
                    i--;
                    continue;
                }
                if (!idle.getAsBoolean()) { // a cell began between the check and the lock
                    compilerLock.unlock();
                    i--;
                    continue;
                }
                // Held twice: the engine lends a lock held once to the user code a snippet runs,
                // and a cell must not slip in and compile while a warm-up snippet is mid-way.
                compilerLock.lock();
                try {
                    control.renderNextValue(false);
                    for (SnippetEvent event : js.eval(snippet(i))) {
                        js.drop(event.snippet());
                    }
                    control.takeLastValue();
                } catch (RuntimeException e) {
                    return; // a closed shell: the session is over
                } finally {
                    snippetDone.run();
                    compilerLock.unlock();
                    compilerLock.unlock();
                }
            }
        });
    }

    private static boolean waitForIdle(BooleanSupplier idle) {
        while (!idle.getAsBoolean()) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return false;
            }
        }
        return true;
    }

    /** Varied shapes (expressions, declarations, lambdas, generics) so javac's common paths get hot. */
    private static String snippet(int i) {
        List<String> shapes = List.of(
                "" + i + " * 2 + 1",
                "String.valueOf(" + i + ").length()",
                "java.util.List.of(" + i + ", 2, 3).stream().mapToInt(x -> x).sum()",
                "int warm" + i + "(int x) { return x + " + i + "; }",
                "var warmMap" + i + " = new java.util.HashMap<String, Integer>()");
        return shapes.get(i % shapes.size());
    }
}
