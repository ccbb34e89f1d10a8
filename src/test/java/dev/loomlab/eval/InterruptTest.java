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

    /** What a cell prints once it has reached the code the test means to interrupt. */
    private static final String STARTED = "System.out.println(\"started\");";

    /** Runs the cell, interrupts it once it printed "started", and returns how it ended. */
    private static Outcome interruptAfterStart(String code) throws Exception {
        StartSignal signal = new StartSignal();
        CompletableFuture<Outcome> running =
                CompletableFuture.supplyAsync(() -> engine.execute(code, nextCount(), signal, null));
        assertTrue(signal.started.await(60, TimeUnit.SECONDS), "the cell never printed \"started\"");
        long asked = System.nanoTime();
        engine.interrupt();
        Outcome outcome = running.get(10, TimeUnit.SECONDS);
        long tookMillis = (System.nanoTime() - asked) / 1_000_000;
        // generous for a loaded CI machine; the point is that it stops at all, and soon
        assertTrue(tookMillis < 4000, "stopping took " + tookMillis + " ms");
        return outcome;
    }

    /** Output of the cell under test: only "started" matters. */
    private static final class StartSignal implements OutputSink {
        final CountDownLatch started = new CountDownLatch(1);

        @Override
        public void stream(String name, String text) {
            if (text.contains("started")) started.countDown();
        }

        @Override
        public void display(MimeBundle bundle, String displayId, boolean update) {}

        @Override
        public void clearOutput(boolean wait) {}
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
        assertInterruptedAndStateKept(interruptAfterStart("long spins = 0;\n" + STARTED + "\nwhile (true) { spins++; }"));
    }

    @Test
    void aLongSleepIsStopped() throws Exception {
        value("int kept = 7;");
        assertInterruptedAndStateKept(interruptAfterStart(STARTED + "\nThread.sleep(100_000);"));
    }

    @Test
    void aBlockedJoinIsStoppedAndTheThreadItWaitedForToo() throws Exception {
        value("int kept = 7;");
        value("var spinning = new java.util.concurrent.atomic.AtomicBoolean();");
        assertInterruptedAndStateKept(interruptAfterStart("""
                Thread spinner = new Thread(() -> { spinning.set(true); while (true) { } });
                spinner.start();
                while (!spinning.get()) { Thread.onSpinWait(); }
                """ + STARTED + """
                spinner.join();
                """));
        assertEquals("true", value("spinning.get()"));
        assertEquals("false", value("spinner.join(1000);\nspinner.isAlive()"));
    }

    @Test
    void statementsAfterTheInterruptedOneDoNotRun() throws Exception {
        value("int kept = 7;");
        value("boolean reached = false;");
        Outcome outcome = interruptAfterStart(STARTED + """
                try { Thread.sleep(100_000); } catch (InterruptedException swallowed) { }
                reached = true;
                """);
        assertInterruptedAndStateKept(outcome);
        assertEquals("false", value("reached"));
    }

    @Test
    void userExpressionsAfterAnInterruptedCellStillEvaluate() throws Exception {
        value("int kept = 7;");
        interruptAfterStart(STARTED + "\nThread.sleep(100_000);");
        Outcome outcome = engine.evaluateExpression("kept * 2");
        assertEquals("14", assertInstanceOf(Outcome.Success.class, outcome).value().data().get("text/plain"));
    }
}
