package dev.loomlab.display.live;

import static org.junit.jupiter.api.Assertions.*;

import dev.loomlab.display.CellContext;
import dev.loomlab.display.MimeBundle;
import dev.loomlab.display.RecordingSink;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class LiveDisplayTest {

    private static MimeBundle frame(int n) {
        return MimeBundle.of(Map.of("text/plain", "frame " + n));
    }

    @Test
    void redrawsInPlaceOnlyWhenThePictureChangesAndEndsWithTheLastFrame() throws Exception {
        RecordingSink sink = new RecordingSink();
        AtomicInteger state = new AtomicInteger();
        AtomicInteger drawn = new AtomicInteger();
        LiveDisplay view = LiveDisplay.on(sink, () -> {
            drawn.incrementAndGet();
            return frame(state.get());
        });
        // unchanged: several ticks pass, nothing is sent
        while (drawn.get() < 4) Thread.sleep(5);
        assertEquals(1, sink.displays().size());
        state.set(1);
        while (sink.displays().size() < 2) Thread.sleep(5);
        state.set(2);
        view.close();
        int afterClose = sink.displays().size();
        state.set(3);
        int drawnAtClose = drawn.get();
        List<RecordingSink.Shown> shown = sink.displays();
        assertFalse(shown.get(0).update());
        assertTrue(shown.stream().skip(1).allMatch(RecordingSink.Shown::update));
        assertTrue(shown.stream().allMatch(s -> s.displayId().equals(view.displayId())));
        assertEquals("frame 2", shown.get(shown.size() - 1).bundle().data().get("text/plain"));
        assertEquals(List.of("frame 0", "frame 1", "frame 2"),
                shown.stream().map(s -> s.bundle().data().get("text/plain")).toList());
        assertEquals(afterClose, sink.displays().size());
        assertTrue(drawn.get() <= drawnAtClose + 1, "no drawing after close (one tick may have been under way)");
    }

    @Test
    void aViewInACellDrawsItsLastFrameWhenTheCellEnds() {
        RecordingSink sink = new RecordingSink();
        CellContext cell = new CellContext(sink, "cell 1");
        AtomicInteger state = new AtomicInteger();
        cell.runAttached(() -> LiveDisplay.inCell(() -> frame(state.get())));
        state.set(7);
        cell.finish();
        List<RecordingSink.Shown> shown = sink.displays();
        assertEquals("frame 7", shown.get(shown.size() - 1).bundle().data().get("text/plain"));
    }
}
