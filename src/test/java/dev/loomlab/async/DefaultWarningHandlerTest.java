package dev.loomlab.async;

import static dev.loomlab.async.Async.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A kernel sends every loop's warnings somewhere other than stderr (nbgrader zeroes cells that write there). */
class DefaultWarningHandlerTest {

    @Test
    void everyLoopWithoutItsOwnHandlerWarnsThroughTheDefaultOne() {
        List<String> warnings = new ArrayList<>();
        EventLoop.setDefaultWarningHandler(warnings::add);
        try {
            var c = Capture.of(() -> run(() -> {
                createTask("bad", () -> { throw new IllegalArgumentException("boom"); });
                sleep(0.01);
            }, Clock.virtual()));
            assertEquals("", c.err, "nothing on stderr");
            assertEquals(1, warnings.size(), warnings.toString());
            assertTrue(warnings.get(0).startsWith("Task exception was never retrieved: Task 'bad' failed with"), warnings.get(0));
        } finally {
            EventLoop.setDefaultWarningHandler(null);
        }
    }

    @Test
    void aLoopsOwnHandlerWinsOverTheDefault() {
        List<String> byDefault = new ArrayList<>(), own = new ArrayList<>();
        EventLoop.setDefaultWarningHandler(byDefault::add);
        try {
            var loop = new EventLoop(Clock.virtual());
            loop.setWarningHandler(own::add);
            loop.runUntilComplete(loop.createTask(() -> {
                createTask("orphan", () -> sleep(10));
                sleep(0);
                return null;
            }));
            loop.close();
            assertEquals(List.of(), byDefault);
            assertEquals(1, own.size(), own.toString());
        } finally {
            EventLoop.setDefaultWarningHandler(null);
        }
    }
}
