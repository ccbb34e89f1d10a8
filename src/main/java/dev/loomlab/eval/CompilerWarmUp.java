package dev.loomlab.eval;

import dev.loomlab.eval.exec.CellExecutionControl;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import jdk.jshell.JShell;
import jdk.jshell.SnippetEvent;

/**
 * JShell compiles each cell with javac, which is slow until the JIT has compiled javac itself:
 * a trivial cell takes about 30 ms in a fresh kernel and 12 ms once warm. While the user reads
 * (no cell for a second), this feeds JShell throwaway snippets, one at a time, and forgets
 * them, so the next cells are fast. It stops for good after a fixed number, and never holds
 * the compiler when a cell wants it for longer than one small snippet takes.
 */
final class CompilerWarmUp {
    private static final int SNIPPETS = 200;
    private static final long IDLE_NANOS = 1_000_000_000L;

    private CompilerWarmUp() {}

    static void start(CompletableFuture<JShell> shell, ReentrantLock compilerLock,
                      CellExecutionControl control, LongSupplier lastActivityNanos) {
        Thread.ofPlatform().daemon().name("loomlab-warm-up").priority(Thread.MIN_PRIORITY).start(() -> {
            JShell js = shell.join();
            for (int i = 0; i < SNIPPETS; i++) {
                if (!waitForIdle(lastActivityNanos)) return;
                if (!compilerLock.tryLock()) {
                    i--;
                    continue;
                }
                try {
                    control.renderNextValue(false);
                    for (SnippetEvent event : js.eval(snippet(i))) {
                        js.drop(event.snippet());
                    }
                    control.takeLastValue();
                } catch (RuntimeException e) {
                    return; // a closed shell: the session is over
                } finally {
                    compilerLock.unlock();
                }
            }
        });
    }

    private static boolean waitForIdle(LongSupplier lastActivityNanos) {
        while (System.nanoTime() - lastActivityNanos.getAsLong() < IDLE_NANOS) {
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
