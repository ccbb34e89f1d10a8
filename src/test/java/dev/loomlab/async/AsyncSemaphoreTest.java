package dev.loomlab.async;

import static dev.loomlab.async.Async.*;
import static dev.loomlab.async.Capture.print;
import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class AsyncSemaphoreTest {

    @Test
    void atMostNHoldersAtATime() {
        var c = Capture.of(() -> run(() -> {
            var sem = new AsyncSemaphore(2);
            List<Task<Void>> ts = new ArrayList<>();
            for (int i = 1; i <= 4; i++) {
                int k = i;
                ts.add(createTask(() -> {
                    try (var p = sem.acquire()) {
                        print("job", k, "starts at", Math.round(time() * 10) / 10.0);
                        sleep(1);
                    }
                }));
            }
            gather(ts).await();
        }, Clock.virtual()));
        assertEquals(List.of("job 1 starts at 0.0", "job 2 starts at 0.0", "job 3 starts at 1.0", "job 4 starts at 1.0"), c.out);
    }

    @Test
    void tenThousandTasksContendingOnASemaphore() {
        int[] inside = {0}, maxInside = {0}, finished = {0};
        double took = run(() -> {
            var sem = new AsyncSemaphore(100);
            List<Task<Void>> ts = new ArrayList<>();
            for (int i = 0; i < 10_000; i++) {
                ts.add(createTask(() -> {
                    try (var p = sem.acquire()) {
                        inside[0]++;
                        maxInside[0] = Math.max(maxInside[0], inside[0]);
                        sleep(0.01);
                        inside[0]--;
                        finished[0]++;
                    }
                }));
            }
            double t0 = time();
            gather(ts).await();
            assertEquals(100, sem.value());
            return time() - t0;
        }, Clock.virtual());
        assertEquals(10_000, finished[0]);
        assertEquals(100, maxInside[0], "never more than the permits, and all of them used");
        // 100 rounds of 0.01 s. The virtual clock still counts real computing time, which grows with
        // the machine's load, so the upper bound only shows the rounds overlap: one task at a time
        // would take 10,000 x 0.01 s = 100 s.
        assertTrue(took >= 1.0 && took < 50.0, "100 rounds of 0.01 s took " + took);
    }

    @Test
    void cancellationWhileWaitingForAPermitPassesItOn() {
        var c = Capture.of(() -> run(() -> {
            var sem = new AsyncSemaphore(1);
            var held = sem.acquire();
            var a = createTask(() -> {
                try (var p = sem.acquire()) {
                    print("a never");
                }
            });
            var b = createTask(() -> {
                try (var p = sem.acquire()) {
                    print("b got the permit");
                }
            });
            sleep(0);
            held.close();   // the permit goes to a...
            a.cancel();     // ...cancelled before it runs: b gets it
            gather(List.of(a, b), true).await();
            print("value:", sem.value(), "a cancelled:", a.cancelled());
        }, Clock.virtual()));
        assertEquals(List.of("b got the permit", "value: 1 a cancelled: true"), c.out);
    }

    @Test
    void boundedSemaphoreRefusesExtraReleases() {
        run(() -> {
            var sem = AsyncSemaphore.bounded(1);
            assertThrows(IllegalStateException.class, sem::release);
            var unbounded = new AsyncSemaphore(1);
            unbounded.release();
            assertEquals(2, unbounded.value());
        });
    }
}
