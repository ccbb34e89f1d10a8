package dev.loomlab.eval;

import dev.loomlab.display.MimeBundle;
import dev.loomlab.display.OutputSink;
import dev.loomlab.eval.io.Console;
import java.util.Arrays;

/**
 * Start-up and per-cell cost of the engine. Run after `mvn compile`:
 * <pre>
 * java -cp target/classes src/bench/java/dev/loomlab/eval/EngineStartupBench.java
 * </pre>
 * Options: -DpauseMillis=3000 waits after the first cell (as a user would) before measuring;
 * -Dwarmups=N sets the untimed runs.
 * Prints: constructor time, time until JShell is ready, the first cell, and the median (p50)
 * and p90 of a trivial cell ("1 + 1") over 50 runs after 20 warm-up runs.
 */
public final class EngineStartupBench {

    public static void main(String[] args) {
        OutputSink quiet = new OutputSink() {
            @Override public void stream(String name, String text) {}
            @Override public void display(MimeBundle bundle, String displayId, boolean update) {}
            @Override public void clearOutput(boolean wait) {}
        };
        long t0 = System.nanoTime();
        JShellInterpreter engine = Boolean.getBoolean("noImports") ? new JShellInterpreter(java.util.List.of()) : new JShellInterpreter();
        long constructed = System.nanoTime();
        engine.awaitReady();
        long ready = System.nanoTime();
        Interpreter.Outcome first = engine.execute("1 + 1", 1, quiet, null);
        long firstCell = System.nanoTime();
        try {
            Thread.sleep(Long.getLong("pauseMillis", 0)); // like a user reading before the next cell
        } catch (InterruptedException e) {
            return;
        }
        int warmups = Integer.getInteger("warmups", 20);
        for (int i = 0; i < warmups; i++) {
            engine.execute("1 + 1", 2 + i, quiet, null);
        }
        long[] runs = new long[50];
        for (int i = 0; i < runs.length; i++) {
            long start = System.nanoTime();
            engine.execute("1 + 1", 100 + i, quiet, null);
            runs[i] = System.nanoTime() - start;
        }
        Arrays.sort(runs);
        var out = Console.originalOut();
        out.printf("first cell result: %s%n", first);
        out.printf("constructor returned after   %7.1f ms%n", ms(constructed - t0));
        out.printf("JShell built and warmed at   %7.1f ms%n", ms(ready - t0));
        out.printf("first cell '1 + 1' took      %7.1f ms%n", ms(firstCell - ready));
        out.printf("'1 + 1' p50 over 50 runs     %7.2f ms (p90 %.2f ms, min %.2f ms)%n",
                ms(runs[25]), ms(runs[45]), ms(runs[0]));
        engine.close();
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
