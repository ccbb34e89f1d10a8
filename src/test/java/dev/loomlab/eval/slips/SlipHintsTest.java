package dev.loomlab.eval.slips;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the hints match and, as much, what they leave alone (the kernel-level tests show them in cells). */
class SlipHintsTest {

    @Test
    void sleepInMillisecondsIsSeenInCodeButNotInStringsCommentsOrThreadSleep() {
        assertEquals(1, SlipHints.beforeRunning("sleep(500);").size());
        assertEquals(1, SlipHints.beforeRunning("Async.sleep(1000);").size());
        assertEquals(List.of(), SlipHints.beforeRunning("""
                Thread.sleep(1000);
                TimeUnit.SECONDS.sleep(100);
                System.out.println("sleep(1000)"); // sleep(1000)
                /* sleep(2000) */ sleep(0.5); sleep(99); sleep(100.0);
                String block = \"""
                    sleep(3000)
                    \""";
                """));
    }

    @Test
    void awaitKeywordOnlyAsAStatement() {
        assertEquals(1, SlipHints.beforeRunning("await task;").size());
        assertEquals(List.of(), SlipHints.beforeRunning("task.await(); await(task); var awaitTime = 1;"));
    }

    @Test
    void catchingIllegalStateOnlyAroundAnAwait() {
        assertEquals(1, SlipHints.beforeRunning("try { t.await(); } catch (IllegalStateException e) { }").size());
        assertEquals(List.of(), SlipHints.beforeRunning("try { list.iterator().remove(); } catch (IllegalStateException e) { }"));
        assertEquals(List.of(), SlipHints.beforeRunning("try { t.await(); } catch (ArithmeticException e) { }"));
    }

    @Test
    void aWaitCallThatFailsGetsTheObjectWaitHintAndOtherFailuresNone() {
        SlipHints.Error failure = new SlipHints.Error("IllegalMonitorStateException", "current thread is not owner",
                List.of("IllegalMonitorStateException: current thread is not owner", "    at cell 1, line 1"));
        assertTrue(SlipHints.afterFailure("fetch.wait();", failure).startsWith("Hint: fetch.wait() is Java's Object.wait"));
        assertNull(SlipHints.afterFailure("lock.lock(); cond.signal();", failure), "no wait call, no hint");
        SlipHints.Error other = new SlipHints.Error("ArithmeticException", "/ by zero", List.of("ArithmeticException: / by zero"));
        assertNull(SlipHints.afterFailure("t.wait(); 1 / 0", other));
    }

    @Test
    void aCallInsteadOfALambdaOnlyWhenTheCompilerRejectsIt() {
        SlipHints.Error rejected = new SlipHints.Error("CompilationException", "'void' type not allowed here", List.of("x"));
        assertTrue(SlipHints.afterFailure("createTask(work(1, \"a\"))", rejected).contains("createTask(() -> work(1, \"a\"))"));
        SlipHints.Error unrelated = new SlipHints.Error("CompilationException", "cannot find symbol", List.of("x"));
        assertNull(SlipHints.afterFailure("createTask(worker(\"a\"))", unrelated));
    }
}
