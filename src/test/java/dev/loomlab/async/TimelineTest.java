package dev.loomlab.async;

import static dev.loomlab.async.Async.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class TimelineTest {

    @Test
    void recordsEachTurnOfEachTaskWithWhatEndedIt() {
        Timeline[] tl = new Timeline[1];
        run(() -> {
            tl[0] = getRunningLoop().startRecording();
            var a = createTask("a", () -> {
                sleep(0.1);
                return 1;
            });
            var b = createTask("b", () -> {
                sleep(0);
                throw new IllegalStateException("b failed");
            });
            gather(List.of(a, b), true).await();
            getRunningLoop().stopRecording();
        }, Clock.virtual());
        List<String> story = new ArrayList<>();
        for (var t : tl[0].turns()) story.add(t.task() + ": " + t.then());
        String main = tl[0].turns().get(0).task();
        // main's last turn is still going when recording stops, so it is not in the list
        assertEquals(List.of(
                main + ": await gather of 2",
                "a: await sleep(0.1)",
                "b: yield",
                "b: failed: java.lang.IllegalStateException: b failed",
                "a: done"), story);
        var aTurns = tl[0].turns().stream().filter(t -> t.task().equals("a")).toList();
        assertEquals(0.1, aTurns.get(1).start() - aTurns.get(0).end(), 0.002, "a was away for its sleep");
        assertTrue(tl[0].toText().contains("a"));
    }

    @Test
    void aRecordingLeftOnKeepsABoundedNumberOfTurnsAndSaysSo() {
        Timeline[] tl = new Timeline[1];
        run(() -> {
            tl[0] = getRunningLoop().startRecording();
            for (int i = 0; i < Timeline.MAX_TURNS + 10; i++) sleep(0);
        }, Clock.virtual());
        assertEquals(Timeline.MAX_TURNS, tl[0].turns().size());
        assertTrue(tl[0].droppedTurns() >= 10);
        assertTrue(tl[0].summary().contains("later ones were not recorded"), tl[0].summary());
    }
}
