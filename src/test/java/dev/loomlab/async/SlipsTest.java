package dev.loomlab.async;

import static dev.loomlab.async.Async.*;
import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The library's side of the slips students make: both time units everywhere, and the forgotten awaits run() names. */
class SlipsTest {

    @Test
    void waitTakesSecondsAsWellAsADuration() {
        double[] elapsed = run(() -> {
            var slow = createTask(() -> { sleep(10); return 1; });
            double t0 = time();
            var bySeconds = Async.wait(List.of(slow), 0.5);
            double t1 = time();
            var byDuration = waitTasks(List.of(slow), ALL_COMPLETED, Duration.ofMillis(250));
            double t2 = time();
            var bySecondsAlias = waitTasks(List.of(slow), FIRST_COMPLETED, 1);
            double t3 = time();
            assertEquals(1, bySeconds.pending().size());
            assertEquals(1, byDuration.pending().size());
            assertEquals(1, bySecondsAlias.pending().size());
            slow.cancel();
            return new double[] {t1 - t0, t2 - t1, t3 - t2};
        }, Clock.virtual());
        assertEquals(0.5, elapsed[0], 0.1);
        assertEquals(0.25, elapsed[1], 0.1);
        assertEquals(1.0, elapsed[2], 0.1);
    }

    @Test
    void asCompletedTakesSecondsAsWellAsADuration() {
        run(() -> {
            var slow = createTask(() -> { sleep(10); return 1; });
            var first = asCompleted(List.of(slow), 0.5).get(0);
            assertThrows(AsyncTimeoutException.class, first::await);
            assertEquals(0.5, time(), 0.1);
            var again = asCompleted(List.of(slow), Duration.ofMillis(500)).get(0);
            assertThrows(AsyncTimeoutException.class, again::await);
            assertEquals(1.0, time(), 0.1);
            slow.cancel();
        }, Clock.virtual());
    }

    @Test
    void aGatherNobodyAwaitedIsNamedWhenRunCancelsItsTasks() {
        var c = Capture.of(() -> run(() -> {
            var a = createTask("a", () -> { sleep(1); return 1; });
            var b = createTask("b", () -> { sleep(2); return 2; });
            gather(a, b); // the slip: no .await()
            sleep(0.5);
        }, Clock.virtual()));
        assertTrue(c.err.contains("a gather(...) of 2 tasks was never awaited"), c.err);
        assertTrue(c.err.contains("Task 'a', Task 'b'"), c.err);
        assertTrue(c.err.contains("gather(...).await()"), c.err);
        assertFalse(c.err.contains("never retrieved"), "the hint says it all: " + c.err);
    }

    @Test
    void anAwaitedGatherOrADeliberateCancelSaysNothing() {
        var c = Capture.of(() -> run(() -> {
            var a = createTask("a", () -> { sleep(1); return 1; });
            var worker = createTask("worker", () -> { while (true) sleep(0.1); });
            var g = gather(a);
            try {
                waitFor(g, 0.5); // awaited, times out: cancelling is what the student asked for
            } catch (RuntimeException e) { // as in asyncio 3.11, a cancelled gather's CancelledException
            }
            var inner = gather(createTask("c", () -> { sleep(5); return 3; }));
            var outer = shield(inner); // combined: the gather is looked after by the shield
            sleep(0.2); // the worker runs its loop and is still running at the end: a background task
        }, Clock.virtual()));
        assertFalse(c.err.contains("Hint"), c.err);
    }

    @Test
    void debugModeSaysWhatToUseInsteadOfABlockingCall() {
        var c = Capture.of(() -> run(() -> {
            getRunningLoop().setDebug(true);
            createTask("hog", () -> Thread.sleep(150)).await();
        }, Clock.virtual()));
        assertTrue(c.err.contains("Task 'hog' held the loop for"), c.err);
        assertTrue(c.err.contains("use sleep(seconds) to wait, or toThread(...)"), c.err);
    }
}
