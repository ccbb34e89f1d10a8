package dev.loomlab.eval;

import dev.loomlab.eval.Interpreter.Outcome;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InterruptTest extends EngineFixture {

    /** Runs the cell, interrupts it after a moment, and returns how it ended and how long the stop took. */
    private static Outcome interruptAfterStart(String code) throws Exception {
        CompletableFuture<Outcome> running = CompletableFuture.supplyAsync(() -> run(code));
        Thread.sleep(400);
        long asked = System.nanoTime();
        engine.interrupt();
        Outcome outcome = running.get(10, TimeUnit.SECONDS);
        long tookMillis = (System.nanoTime() - asked) / 1_000_000;
        // generous for a loaded CI machine; the point is that it stops at all, and soon
        assertTrue(tookMillis < 4000, "stopping took " + tookMillis + " ms");
        return outcome;
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
        assertInterruptedAndStateKept(interruptAfterStart("long spins = 0;\nwhile (true) { spins++; }"));
    }

    @Test
    void aLongSleepIsStopped() throws Exception {
        value("int kept = 7;");
        assertInterruptedAndStateKept(interruptAfterStart("Thread.sleep(100_000);"));
    }

    @Test
    void aBlockedJoinIsStoppedAndTheThreadItWaitedForToo() throws Exception {
        value("int kept = 7;");
        value("var spinning = new java.util.concurrent.atomic.AtomicBoolean();");
        assertInterruptedAndStateKept(interruptAfterStart("""
                Thread spinner = new Thread(() -> { spinning.set(true); while (true) { } });
                spinner.start();
                spinner.join();
                """));
        assertEquals("true", value("spinning.get()"));
        assertEquals("false", value("spinner.join(1000);\nspinner.isAlive()"));
    }

    @Test
    void statementsAfterTheInterruptedOneDoNotRun() throws Exception {
        value("int kept = 7;");
        value("boolean reached = false;");
        Outcome outcome = interruptAfterStart("""
                try { Thread.sleep(100_000); } catch (InterruptedException swallowed) { }
                reached = true;
                """);
        assertInterruptedAndStateKept(outcome);
        assertEquals("false", value("reached"));
    }

    @Test
    void userExpressionsAfterAnInterruptedCellStillEvaluate() throws Exception {
        value("int kept = 7;");
        interruptAfterStart("Thread.sleep(100_000);");
        Outcome outcome = engine.evaluateExpression("kept * 2");
        assertEquals("14", assertInstanceOf(Outcome.Success.class, outcome).value().data().get("text/plain"));
    }
}
