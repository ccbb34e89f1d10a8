package dev.loomlab.eval.slips;

import static org.junit.jupiter.api.Assertions.*;

import dev.loomlab.eval.Interpreter.Outcome;
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
    void aFailureHintFollowsTheTracebackAndKeepsIt() {
        Outcome.Failure failure = new Outcome.Failure("IllegalMonitorStateException", "current thread is not owner",
                List.of("IllegalMonitorStateException: current thread is not owner", "    at cell 1, line 1"));
        Outcome.Failure hinted = SlipHints.afterFailure("fetch.wait();", failure);
        assertEquals(failure.traceback(), hinted.traceback().subList(0, 2));
        assertTrue(hinted.traceback().get(3).startsWith("Hint: fetch.wait() is Java's Object.wait"));
        assertSame(failure, SlipHints.afterFailure("lock.lock(); cond.signal();", failure), "no wait call, no hint");
        Outcome.Failure other = new Outcome.Failure("ArithmeticException", "/ by zero", List.of("ArithmeticException: / by zero"));
        assertSame(other, SlipHints.afterFailure("t.wait(); 1 / 0", other));
    }

    @Test
    void aCallInsteadOfALambdaOnlyWhenTheCompilerRejectsIt() {
        Outcome.Failure rejected = new Outcome.Failure("CompilationException", "'void' type not allowed here", List.of("x"));
        assertTrue(SlipHints.afterFailure("createTask(work(1, \"a\"))", rejected).traceback().getLast()
                .contains("createTask(() -> work(1, \"a\"))"));
        Outcome.Failure unrelated = new Outcome.Failure("CompilationException", "cannot find symbol", List.of("x"));
        assertSame(unrelated, SlipHints.afterFailure("createTask(worker(\"a\"))", unrelated));
    }
}
