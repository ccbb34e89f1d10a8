package dev.loomlab.eval;

import dev.loomlab.display.MimeBundle;
import dev.loomlab.display.OutputSink;
import dev.loomlab.eval.Interpreter.Outcome;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InterruptTest extends EngineFixture {

    /** What a cell prints once it has reached the part the test wants to stop. */
    private static final String RUNNING = "running";

    /**
     * Runs the cell, interrupts it once it has printed {@link #RUNNING} (so the stop meets the
     * running code, not a cell that has not started yet), and returns how it ended.
     */
    private static Outcome interruptAfterStart(String code) throws Exception {
        RunningSignal running = new RunningSignal();
        RunningCell cell = new RunningCell(code, nextCount(), running, null);
        CompletableFuture<Outcome> ended = CompletableFuture.supplyAsync(() -> engine.execute(cell));
        assertTrue(running.latch.await(60, TimeUnit.SECONDS), "the cell never said it was running: " + running.stdout());
        long asked = System.nanoTime();
        cell.stop().stop(StopSignal.Reason.USER);
        Outcome outcome = ended.get(10, TimeUnit.SECONDS);
        long tookMillis = (System.nanoTime() - asked) / 1_000_000;
        // generous for a loaded CI machine; the point is that it stops at all, and soon
        assertTrue(tookMillis < 4000, "stopping took " + tookMillis + " ms");
        return outcome;
    }

    /** A sink that opens a latch when the cell prints {@link #RUNNING}. */
    private static final class RunningSignal implements OutputSink {
        final CountDownLatch latch = new CountDownLatch(1);
        private final StringBuilder stdout = new StringBuilder();

        @Override
        public synchronized void stream(String name, String text) {
            if (!name.equals("stdout")) return;
            stdout.append(text);
            if (stdout.toString().contains(RUNNING + "\n")) latch.countDown();
        }

        @Override
        public void display(MimeBundle bundle, String displayId, boolean update) {}

        @Override
        public void clearOutput(boolean wait) {}

        synchronized String stdout() {
            return stdout.toString();
        }
    }

    private static void assertInterruptedAndStateKept(Outcome outcome) {
        Outcome.Failure failure = assertInstanceOf(Outcome.Failure.class, outcome);
        assertEquals("Interrupted", failure.ename());
        assertTrue(failure.evalue().contains("stopped"), failure.evalue());
        assertEquals("7", value("kept"));
        assertEquals("2", value("1 + 1"), "the engine keeps working after an interrupt");
    }

    @Test
    void aTightLoopIsStopped() throws Exception {
        value("int kept = 7;");
        assertInterruptedAndStateKept(interruptAfterStart("long spins = 0;\nwhile (true) { if (spins++ == 0) System.out.println(\"running\"); }"));
    }

    @Test
    void aLongSleepIsStopped() throws Exception {
        value("int kept = 7;");
        assertInterruptedAndStateKept(interruptAfterStart("{ System.out.println(\"running\"); Thread.sleep(100_000); }"));
    }

    @Test
    void aBlockedJoinIsStoppedAndTheThreadItWaitedForToo() throws Exception {
        value("int kept = 7;");
        value("var spinning = new java.util.concurrent.atomic.AtomicBoolean();");
        assertInterruptedAndStateKept(interruptAfterStart("""
                Thread spinner = new Thread(() -> { spinning.set(true); while (true) { } });
                spinner.start();
                {
                    while (!spinning.get()) Thread.onSpinWait();
                    System.out.println("running");
                    spinner.join();
                }
                """));
        assertEquals("true", value("spinning.get()"));
        assertEquals("false", value("spinner.join(30_000);\nspinner.isAlive()"));
    }

    @Test
    void statementsAfterTheInterruptedOneDoNotRun() throws Exception {
        value("int kept = 7;");
        value("boolean reached = false;");
        Outcome outcome = interruptAfterStart("""
                try { System.out.println("running"); Thread.sleep(100_000); } catch (InterruptedException swallowed) { }
                reached = true;
                """);
        assertInterruptedAndStateKept(outcome);
        assertEquals("false", value("reached"));
    }

    @Test
    void userExpressionsAfterAnInterruptedCellStillEvaluate() throws Exception {
        value("int kept = 7;");
        interruptAfterStart("{ System.out.println(\"running\"); Thread.sleep(100_000); }");
        Outcome outcome = engine.evaluateExpression("kept * 2");
        assertEquals("14", assertInstanceOf(Outcome.Success.class, outcome).value().data().get("text/plain"));
    }
}
