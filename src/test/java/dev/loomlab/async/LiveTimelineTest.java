package dev.loomlab.async;

import static dev.loomlab.async.Async.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A recording read while it grows: what a live view draws a few times a second. */
@Timeout(60)
class LiveTimelineTest {

    @Test
    void framesShowTasksCreatedRunningAndWaitingAsTheyAre() {
        List<String> frames = new ArrayList<>();
        List<Long> versions = new ArrayList<>();
        run(() -> {
            Timeline tl = getRunningLoop().startRecording();
            var worker = createTask("worker", () -> { sleep(1); return 1; });
            versions.add(tl.version());
            frames.add(tl.toSvg(time())); // worker created, not started; main running
            sleep(0.5);
            versions.add(tl.version());
            frames.add(tl.toSvg(time())); // worker waiting on its sleep
            worker.await();
            getRunningLoop().stopRecording();
            frames.add(tl.toSvg());
        }, Clock.virtual());
        assertTrue(frames.get(0).contains("worker: created, not started yet"), frames.get(0));
        assertTrue(frames.get(0).contains("ran 0.000"), "main's turn in progress is drawn: " + frames.get(0));
        assertTrue(frames.get(0).contains("still running"), frames.get(0));
        assertFalse(frames.get(1).contains("not started yet"), frames.get(1));
        assertTrue(frames.get(1).contains("<title>await sleep(1.0)</title>"), "the wait is drawn up to now: " + frames.get(1));
        assertTrue(versions.get(1) > versions.get(0), versions.toString());
        assertFalse(frames.get(2).contains("still running"), "a finished recording has nothing in progress");
        assertFalse(frames.get(2).contains("dashed"), frames.get(2));
    }

    @Test
    void stoppingFromAnotherThreadEndsTheRecording() throws Exception {
        run(() -> {
            EventLoop loop = getRunningLoop();
            Timeline tl = loop.startRecording();
            Thread stopper = Thread.ofPlatform().start(loop::stopRecording);
            stopper.join();
            long before = tl.version();
            createTask(() -> sleep(0.1)).await();
            assertEquals(before, tl.version(), "nothing is recorded after the stop");
        }, Clock.virtual());
    }
}
