package dev.loomlab.async;

import static dev.loomlab.async.Async.*;
import static dev.loomlab.async.Capture.print;
import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

@org.junit.jupiter.api.Timeout(60)
class TimeoutTest {

    @Test
    void waitForTimeoutCancelsTheTaskThenThrows() {
        var c = Capture.of(() -> run(() -> {
            try {
                waitFor(() -> {
                    try {
                        sleep(1);
                    } catch (CancelledException e) {
                        print("slow cancelled by waitFor");
                        throw e;
                    }
                    return null;
                }, Duration.ofMillis(10));
            } catch (AsyncTimeoutException e) {
                print("AsyncTimeoutException raised");
            }
        }, Clock.virtual()));
        assertEquals(List.of("slow cancelled by waitFor", "AsyncTimeoutException raised"), c.out);
    }

    @Test
    void waitForReturnsTheResultInTimeAndPropagatesFailures() {
        run(() -> {
            assertEquals("quick", waitFor(() -> {
                sleep(0.01);
                return "quick";
            }, 1.0));
            var x = assertThrows(IllegalStateException.class, () -> waitFor(() -> {
                throw new IllegalStateException("inner failed");
            }, 1.0));
            assertEquals("inner failed", x.getMessage());
        }, Clock.virtual());
    }

    @Test
    void waitForWaitsForTheCancelledTaskToFinishItsCleanup() {
        var c = Capture.of(() -> run(() -> {
            double t0 = time();
            var t = createTask(() -> {
                try {
                    sleep(1);
                } catch (CancelledException e) {
                    sleep(0.2);
                    print("cleanup done");
                    throw e;
                }
            });
            assertThrows(AsyncTimeoutException.class, () -> waitFor(t, 0.1));
            print("timeout after", Math.round((time() - t0) * 10) / 10.0, "cancelled", t.cancelled());
        }, Clock.virtual()));
        assertEquals(List.of("cleanup done", "timeout after 0.3 cancelled true"), c.out);
    }

    @Test
    void cancellingTheCallerOfWaitForCancelsTheInnerTask() {
        run(() -> {
            var inner = createTask(() -> sleep(1));
            var outer = createTask(() -> waitFor(inner, 5.0));
            sleep(0.01);
            outer.cancel();
            assertThrows(CancelledException.class, outer::await);
            assertTrue(inner.cancelled());
        }, Clock.virtual());
    }

    @Test
    void timeoutScopeInterruptsTheBodyAndRaisesAtTheScopesEnd() {
        var c = Capture.of(() -> run(() -> {
            try (var scope = timeout(Duration.ofMillis(10))) {
                sleep(1);
                print("never");
            } catch (AsyncTimeoutException e) {
                print("timeout scope raised AsyncTimeoutException");
            }
            print("time now", Math.round(time() * 100) / 100.0);
        }, Clock.virtual()));
        assertEquals(List.of("timeout scope raised AsyncTimeoutException", "time now 0.01"), c.out);
    }

    @Test
    void timeoutScopeCancelsTheTaskTheBodyAwaits() {
        var c = Capture.of(() -> run(() -> {
            var inner = createTask(() -> {
                try {
                    sleep(1);
                } catch (CancelledException e) {
                    print("inner cancelled");
                    throw e;
                }
            });
            try (var scope = timeout(0.05)) {
                inner.await();
            } catch (AsyncTimeoutException e) {
                print("timed out; expired:", true);
            }
        }, Clock.virtual()));
        assertEquals(List.of("inner cancelled", "timed out; expired: true"), c.out);
    }

    @Test
    void timeoutScopeThatDoesNotExpireChangesNothing() {
        run(() -> {
            Timeout t;
            try (var scope = timeout(1.0)) {
                t = scope;
                sleep(0.1);
            }
            assertFalse(t.expired());
            sleep(2); // the deadline was cancelled: nothing fires later
        }, Clock.virtual());
    }

    @Test
    void nestedTimeoutsTheInnerExpiresFirst() {
        var c = Capture.of(() -> run(() -> {
            try (var outer = timeout(1.0)) {
                try (var inner = timeout(0.1)) {
                    sleep(0.5);
                } catch (AsyncTimeoutException e) {
                    print("inner expired at", Math.round(time() * 10) / 10.0);
                }
                sleep(0.2);
                print("outer still fine at", Math.round(time() * 10) / 10.0);
            }
        }, Clock.virtual()));
        assertEquals(List.of("inner expired at 0.1", "outer still fine at 0.3"), c.out);
    }

    @Test
    void shieldProtectsTheInnerTaskFromTheOutersCancellation() {
        var c = Capture.of(() -> run(() -> {
            var inner = createTask(() -> {
                sleep(0.02);
                print("inner finished");
                return "inner";
            });
            var outer = createTask(() -> shield(inner).await());
            sleep(0.005);
            outer.cancel();
            try {
                outer.await();
            } catch (CancelledException e) {
                print("outer cancelled; inner cancelled?", inner.cancelled());
            }
            print("inner result", inner.await());
        }, Clock.virtual()));
        assertEquals(List.of("outer cancelled; inner cancelled? false", "inner finished", "inner result inner"), c.out);
    }

    @Test
    void waitForOnAShieldTimesOutButTheInnerWorkGoesOn() {
        run(() -> {
            var inner = createTask(() -> {
                sleep(0.2);
                return "kept";
            });
            assertThrows(AsyncTimeoutException.class, () -> waitFor(shield(inner), 0.05));
            assertFalse(inner.done());
            assertEquals("kept", inner.await());
        }, Clock.virtual());
    }
}
