package dev.loomlab.async;

import static dev.loomlab.async.Async.*;
import static dev.loomlab.async.Capture.print;
import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class TaskGroupTest {

    static Object ok(int n) {
        try {
            sleep(n / 100.0);
            print("ok", n, "finished");
            return n;
        } catch (CancelledException e) {
            print("ok", n, "cancelled");
            throw e;
        }
    }

    static Object bad(String msg, double d) {
        sleep(d);
        throw new IllegalArgumentException(msg);
    }

    static List<String> messages(TaskGroupException e) {
        List<String> out = new ArrayList<>();
        for (Throwable t : e.getExceptions()) out.add(t.getClass().getSimpleName() + "(" + t.getMessage() + ")");
        return out;
    }

    @Test
    void firstFailureCancelsSiblingsAndOneExceptionCarriesEveryFailure() {
        var c = Capture.of(() -> run(() -> {
            try {
                taskGroup(tg -> {
                    tg.createTask(() -> ok(1));
                    tg.createTask(() -> bad("a", 0.02));
                    tg.createTask(() -> bad("b", 0.02));
                    tg.createTask(() -> ok(10));
                    print("body done");
                });
            } catch (TaskGroupException eg) {
                print("TaskGroupException:", messages(eg));
            }
        }, Clock.virtual()));
        assertEquals(List.of("body done", "ok 1 finished", "ok 10 cancelled",
                "TaskGroupException: [IllegalArgumentException(a), IllegalArgumentException(b)]"), c.out);
    }

    @Test
    void tryWithResourcesFormGivesTheSameStory() {
        var c = Capture.of(() -> run(() -> {
            try (var tg = taskGroup()) {
                tg.createTask(() -> ok(1));
                tg.createTask(() -> bad("a", 0.02));
                tg.createTask(() -> bad("b", 0.02));
                tg.createTask(() -> ok(10));
                print("body done");
            } catch (TaskGroupException eg) {
                print("TaskGroupException:", messages(eg));
            }
        }, Clock.virtual()));
        assertEquals(List.of("body done", "ok 1 finished", "ok 10 cancelled",
                "TaskGroupException: [IllegalArgumentException(a), IllegalArgumentException(b)]"), c.out);
    }

    @Test
    void aFailureInterruptsTheBodyWhileItAwaits() {
        var c = Capture.of(() -> run(() -> {
            try {
                taskGroup(tg -> {
                    tg.createTask(() -> bad("a", 0.02));
                    tg.createTask(() -> ok(10));
                    try {
                        sleep(1);
                        print("never");
                    } catch (CancelledException e) {
                        print("body cancelled at", Math.round(time() * 100) / 100.0);
                        throw e;
                    }
                });
            } catch (TaskGroupException eg) {
                print("TaskGroupException:", messages(eg));
            }
        }, Clock.virtual()));
        assertEquals(List.of("ok 10 cancelled", "body cancelled at 0.02", "TaskGroupException: [IllegalArgumentException(a)]"), c.out);
    }

    @Test
    void tryFormInterruptsTheBodyWithTheGroupException() {
        // Java difference (see TaskGroup): the body's await throws a TaskGroupException that fills
        // with every failure; close() adds its own, with the same failures, as suppressed.
        var c = Capture.of(() -> run(() -> {
            try (var tg = taskGroup()) {
                tg.createTask(() -> bad("a", 0.02));
                tg.createTask(() -> bad("b", 0.02));
                sleep(1);
                print("never");
            } catch (TaskGroupException eg) {
                print("TaskGroupException:", messages(eg), "at", Math.round(time() * 100) / 100.0);
                print("suppressed:", eg.getSuppressed().length);
            }
        }, Clock.virtual()));
        assertEquals(List.of("TaskGroupException: [IllegalArgumentException(a), IllegalArgumentException(b)] at 0.02",
                "suppressed: 3"), c.out);
    }

    @Test
    void bodyRaisingCancelsTheChildren() {
        var c = Capture.of(() -> run(() -> {
            try {
                taskGroup(tg -> {
                    tg.createTask(() -> {
                        try {
                            sleep(1);
                        } catch (CancelledException e) {
                            print("child cancelled");
                            throw e;
                        }
                        return null;
                    });
                    sleep(0);
                    throw new java.util.NoSuchElementException("body");
                });
            } catch (TaskGroupException eg) {
                print("group raised", messages(eg));
            }
        }, Clock.virtual()));
        assertEquals(List.of("child cancelled", "group raised [NoSuchElementException(body)]"), c.out);
    }

    @Test
    void tryFormCannotSeeTheBodysExceptionSoChildrenFinish() {
        // Pinned Java difference: close() cannot see the exception leaving a try block, so the
        // children run to completion and the body's own exception goes on unchanged.
        var c = Capture.of(() -> run(() -> {
            try (var tg = taskGroup()) {
                tg.createTask(() -> ok(5));
                sleep(0);
                throw new java.util.NoSuchElementException("body");
            } catch (java.util.NoSuchElementException e) {
                print("body exception", e.getMessage(), "at", Math.round(time() * 100) / 100.0);
            }
        }, Clock.virtual()));
        assertEquals(List.of("ok 5 finished", "body exception body at 0.05"), c.out);
    }

    @Test
    void groupWaitsForAllChildrenAndKeepsTheirResults() {
        run(() -> {
            List<Task<Object>> ts = new ArrayList<>();
            double t0 = time();
            try (var tg = taskGroup()) {
                for (int n = 1; n <= 3; n++) {
                    int k = n;
                    ts.add(tg.createTask(() -> {
                        sleep(k / 10.0);
                        return k;
                    }));
                }
            }
            assertEquals(0.3, time() - t0, 0.01);
            for (int i = 0; i < 3; i++) assertEquals(i + 1, ts.get(i).result());
        }, Clock.virtual());
    }

    @Test
    void nestedGroupsAnInnerFailureCancelsTheOuterSiblings() {
        var c = Capture.of(() -> run(() -> {
            try {
                taskGroup(outer -> {
                    outer.createTask(() -> ok(50));
                    outer.createTask(() -> {
                        taskGroup(inner -> {
                            inner.createTask(() -> ok(40));
                            inner.createTask(() -> bad("deep", 0.01));
                        });
                        return null;
                    });
                });
            } catch (TaskGroupException eg) {
                Throwable first = eg.getExceptions().get(0);
                print("outer got", first.getClass().getSimpleName(), "holding", messages((TaskGroupException) first));
            }
        }, Clock.virtual()));
        assertEquals(List.of("ok 40 cancelled", "ok 50 cancelled",
                "outer got TaskGroupException holding [IllegalArgumentException(deep)]"), c.out);
    }

    @Test
    void nestedTryGroupsTheOuterFailureCancelsTheInnerGroupsChildren() {
        var c = Capture.of(() -> run(() -> {
            try (var outer = taskGroup()) {
                outer.createTask(() -> bad("outer child", 0.01));
                try (var inner = taskGroup()) {
                    inner.createTask(() -> ok(40));
                    inner.createTask(() -> ok(60));
                }
                print("never");
            } catch (TaskGroupException eg) {
                print("caught", messages(eg), "at", Math.round(time() * 100) / 100.0);
            }
        }, Clock.virtual()));
        assertEquals(List.of("ok 40 cancelled", "ok 60 cancelled", "caught [IllegalArgumentException(outer child)] at 0.01"), c.out);
    }

    @Test
    void cancellingTheTaskRunningAGroupCancelsItsChildren() {
        var c = Capture.of(() -> run(() -> {
            var runner = createTask(() -> {
                taskGroup(tg -> {
                    tg.createTask(() -> ok(30));
                    tg.createTask(() -> ok(40));
                });
                return null;
            });
            sleep(0.01);
            runner.cancel();
            try {
                runner.await();
            } catch (CancelledException e) {
                print("runner cancelled:", runner.cancelled());
            }
        }, Clock.virtual()));
        assertEquals(List.of("ok 30 cancelled", "ok 40 cancelled", "runner cancelled: true"), c.out);
    }

    @Test
    void cancellingTheTaskInATryGroupCancelsItsChildrenToo() {
        var c = Capture.of(() -> run(() -> {
            var runner = createTask(() -> {
                try (var tg = taskGroup()) {
                    tg.createTask(() -> ok(30));
                    sleep(1);
                }
                return null;
            });
            sleep(0.01);
            runner.cancel();
            assertThrows(CancelledException.class, runner::await);
            print("runner cancelled:", runner.cancelled());
        }, Clock.virtual()));
        assertEquals(List.of("ok 30 cancelled", "runner cancelled: true"), c.out);
    }

    @Test
    void noNewTasksOnceTheGroupIsShuttingDown() {
        run(() -> {
            var err = new ArrayList<String>();
            try {
                taskGroup(tg -> {
                    tg.createTask(() -> bad("x", 0));
                    try {
                        sleep(1);
                    } catch (CancelledException e) {
                        try {
                            tg.createTask(() -> 1);
                        } catch (IllegalStateException ise) {
                            err.add(ise.getMessage());
                        }
                        throw e;
                    }
                });
            } catch (TaskGroupException expected) {
                // the failure of x
            }
            assertEquals(1, err.size());
            assertTrue(err.get(0).endsWith("is shutting down"), err.get(0));
        }, Clock.virtual());
    }
}
