package dev.loomlab.async;

import static dev.loomlab.async.Async.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Case 3 on a loop that lives long, as a notebook session's does: asyncio warns when a failed
 * task nobody awaited is garbage-collected; this loop does when asked after the collection.
 */
class CollectedFailureTest {

    @Test
    void aForgottenFailedTaskIsReportedOnceCollectedAndAHeldOneIsNot() {
        EventLoop loop = Async.newEventLoop(Clock.virtual());
        List<String> warnings = new ArrayList<>();
        loop.setWarningHandler(warnings::add);
        AtomicReference<Task<?>> held = new AtomicReference<>();
        loop.runUntilComplete(() -> {
            createTask("forgotten", () -> {
                throw new IllegalStateException("lost");
            });
            held.set(createTask("held", () -> {
                throw new IllegalStateException("kept");
            }));
            sleep(0.01);
            return null;
        });
        assertEquals(2, loop.unretrievedFailures());

        for (int i = 0; i < 20 && warnings.isEmpty(); i++) {
            System.gc();
            loop.reportCollectedFailures();
        }
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("Task exception was never retrieved: Task 'forgotten' failed with"),
                warnings.get(0));
        assertTrue(warnings.get(0).contains("IllegalStateException: lost"), warnings.get(0));
        assertEquals(1, loop.unretrievedFailures(), "the held task can still be read: not reported");

        assertThrows(IllegalStateException.class, () -> held.get().result());
        assertEquals(0, loop.unretrievedFailures(), "reading the exception retrieves it");
        loop.close();
        assertEquals(1, warnings.size(), "nothing is reported twice, and nothing read is reported");
    }

    @Test
    void aFinishedTaskIsNotKeptAliveByItsThreadWhileThatThreadWaitsForTheNextTimer() {
        // the real clock: the failed task's thread, with nothing else ready, waits for the sleep's
        // timer as the loop's idle waiter, and hands the turn back to main only then
        EventLoop loop = Async.newEventLoop(Clock.system());
        List<String> warnings = new ArrayList<>();
        loop.setWarningHandler(warnings::add);
        int reported = loop.runUntilComplete(() -> {
            createTask("forgotten", () -> {
                throw new IllegalStateException("lost");
            });
            sleep(0.05);
            System.gc();
            return getRunningLoop().reportCollectedFailures();
        });
        loop.close();
        assertEquals(1, reported, "collected at once, while its thread may still be on its way out: " + warnings);
    }

    @Test
    void withoutACollectionNothingIsReportedBeforeClose() {
        EventLoop loop = Async.newEventLoop(Clock.virtual());
        List<String> warnings = new ArrayList<>();
        loop.setWarningHandler(warnings::add);
        AtomicReference<Task<?>> held = new AtomicReference<>();
        loop.runUntilComplete(() -> {
            held.set(createTask("held", () -> {
                throw new IllegalStateException("kept");
            }));
            sleep(0.01);
            return null;
        });
        assertEquals(0, loop.reportCollectedFailures());
        loop.close();
        assertEquals(1, warnings.size(), "closing reports what was never read");
        assertTrue(warnings.get(0).contains("Task 'held'"), warnings.get(0));
    }
}
