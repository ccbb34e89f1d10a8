package dev.loomlab.async;

import static dev.loomlab.async.Async.*;
import static dev.loomlab.async.Capture.print;
import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class GatherTest {

    static String job(int n) {
        sleep(n / 100.0);
        print("finished", n);
        return "r" + n;
    }

    @Test
    void resultsInArgumentOrderWhateverTheCompletionOrder() {
        var c = Capture.of(() -> run(() -> {
            print(gather(() -> job(3), () -> job(1), () -> job(2)).await());
        }, Clock.virtual()));
        assertEquals(List.of("finished 1", "finished 2", "finished 3", "[r3, r1, r2]"), c.out);
    }

    @Test
    void gatherFirstFailureLeavesSiblingsRunning() {
        var c = Capture.of(() -> run(() -> {
            List<Task<Integer>> ts = List.of(
                    createTask(() -> {
                        sleep(0.01);
                        print("sibling", 1, "completed");
                        return 1;
                    }),
                    createTask(() -> {
                        sleep(0.005);
                        throw new IllegalArgumentException("boom");
                    }),
                    createTask(() -> {
                        sleep(0.03);
                        print("sibling", 3, "completed");
                        return 3;
                    }));
            try {
                gather(ts).await();
            } catch (IllegalArgumentException e) {
                List<Boolean> done = new ArrayList<>(), cancelled = new ArrayList<>();
                for (var t : ts) {
                    done.add(t.done());
                    cancelled.add(t.cancelled());
                }
                print("gather raised", e.getMessage(), "; sibling states:", done, "cancelled:", cancelled);
            }
            sleep(0.05);
            List<Object> after = new ArrayList<>();
            for (var t : ts) after.add(t.exception() == null ? t.result() : t.exception().getMessage());
            print("after waiting:", after);
        }, Clock.virtual()));
        assertEquals(List.of(
                "gather raised boom ; sibling states: [false, true, false] cancelled: [false, false, false]",
                "sibling 1 completed",
                "sibling 3 completed",
                "after waiting: [1, boom, 3]"), c.out);
        assertEquals("", c.err);
    }

    @Test
    void returnExceptionsPutsThemInPlace() {
        var c = Capture.of(() -> run(() -> {
            List<java.util.concurrent.Callable<String>> jobs = new ArrayList<>();
            for (int n = 1; n <= 3; n++) {
                int k = n;
                jobs.add(() -> {
                    if (k == 2) throw new IllegalArgumentException("Something went wrong!");
                    sleep(k / 100.0);
                    return "Task " + k + " done";
                });
            }
            print(gather(jobs, true).await());
        }, Clock.virtual()));
        assertEquals(List.of("[Task 1 done, java.lang.IllegalArgumentException: Something went wrong!, Task 3 done]"), c.out);
    }

    @Test
    void cancellingTheGatherCancelsEveryChild() {
        var c = Capture.of(() -> run(() -> {
            AsyncFuture<List<Object>> g = gather(List.of(child(1), child(2)), false);
            sleep(0.01);
            g.cancel();
            try {
                g.await();
            } catch (CancelledException e) {
                print("await gather raised CancelledException");
            }
        }, Clock.virtual()));
        assertEquals(List.of("child 1 cancelled", "child 2 cancelled", "await gather raised CancelledException"), c.out);
    }

    @Test
    void cancellingTheTaskAwaitingAGatherCancelsTheChildren() {
        var c = Capture.of(() -> run(() -> {
            var waiter = createTask(() -> gather(List.of(child(1), child(2)), false).await());
            sleep(0.01);
            waiter.cancel();
            try {
                waiter.await();
            } catch (CancelledException e) {
                print("waiter cancelled:", waiter.cancelled());
            }
        }, Clock.virtual()));
        assertEquals(List.of("child 1 cancelled", "child 2 cancelled", "waiter cancelled: true"), c.out);
    }

    static java.util.concurrent.Callable<Object> child(int n) {
        return () -> {
            try {
                sleep(1);
            } catch (CancelledException e) {
                print("child", n, "cancelled");
                throw e;
            }
            return n;
        };
    }

    @Test
    void sequentialAwaitsTakeTheSumGatherTheMaximum() {
        var c = Capture.of(() -> run(() -> {
            java.util.concurrent.Callable<Object> job = () -> {
                sleep(0.05);
                return null;
            };
            double t = time();
            createTask(job).await();
            createTask(job).await();
            print(String.format(Locale.ROOT, "sequential %.2fs", time() - t));
            t = time();
            gather(job, job).await();
            print(String.format(Locale.ROOT, "gather %.2fs", time() - t));
        }, Clock.virtual()));
        assertEquals(List.of("sequential 0.10s", "gather 0.05s"), c.out);
    }

    @Test
    void withTheRealClockToo() {
        double[] took = new double[2];
        run(() -> {
            java.util.concurrent.Callable<Object> job = () -> {
                sleep(0.05);
                return null;
            };
            double t = time();
            createTask(job).await();
            createTask(job).await();
            took[0] = time() - t;
            t = time();
            gather(job, job).await();
            took[1] = time() - t;
        }, Clock.system());
        assertTrue(took[0] >= 0.1, "sequential took the sum: " + took[0]);
        assertTrue(took[1] >= 0.05 && took[1] < took[0], "gather took about the maximum: " + took[1]);
    }

    @Test
    void gatherOfNothingIsAnEmptyList() {
        assertEquals(List.of(), run(() -> gather(List.of(), false).await()));
    }

    @Test
    void aCancelledChildMakesGatherRaiseCancelled() {
        run(() -> {
            var a = createTask(() -> {
                sleep(1);
                return 1;
            });
            var g = gather(a);
            sleep(0);
            a.cancel();
            assertThrows(CancelledException.class, g::await);
            assertFalse(g.cancelled(), "the gather itself was not cancelled");
        }, Clock.virtual());
    }
}
