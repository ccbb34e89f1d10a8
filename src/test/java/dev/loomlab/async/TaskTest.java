package dev.loomlab.async;

import static dev.loomlab.async.Async.*;
import static dev.loomlab.async.Capture.print;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class TaskTest {

    @Test
    void createTaskDoesNotStartUntilTheCreatorYields() {
        var c = Capture.of(() -> run(() -> {
            createTask(() -> print("task started"));
            print("main continues");
            sleep(0);
            print("main after yield");
        }, Clock.virtual()));
        assertEquals(List.of("main continues", "task started", "main after yield"), c.out);
    }

    @Test
    void runCancelsLeftoverTasksWhichCanCleanUpWithoutWarning() {
        var c = Capture.of(() -> run(() -> {
            createTask(() -> {
                try {
                    print("task started");
                    sleep(10);
                    print("never");
                } catch (CancelledException e) {
                    print("task got CancelledException at shutdown");
                    throw e;
                }
            });
            sleep(0);
            print("main returns");
        }, Clock.virtual()));
        assertEquals(List.of("task started", "main returns", "task got CancelledException at shutdown"), c.out);
        assertEquals("", c.err, "run() cancels leftovers silently, as asyncio.run does");
    }

    @Test
    void case02b_loopClosedByHandReportsThePendingTaskAndNeverResumesIt() {
        var c = Capture.of(() -> {
            EventLoop loop = newEventLoop(Clock.virtual());
            loop.runUntilComplete(() -> {
                createTask("t", () -> {
                    try {
                        print("task started");
                        sleep(10);
                        print("never");
                    } catch (CancelledException e) {
                        print("never cancelled either");
                    }
                });
                sleep(0);
                print("main returns");
            });
            loop.close();
            print("after close");
        });
        assertEquals(List.of("task started", "main returns", "after close"), c.out);
        assertTrue(c.err.contains("Task 't' was still pending when its event loop was closed"), c.err);
        assertTrue(c.err.contains("awaiting sleep(10.0)"), c.err);
    }

    @Test
    void exceptionNeverRetrievedIsReportedAndMainIsNotAffected() {
        var c = Capture.of(() -> run(() -> {
            var t = createTask("bad", () -> {
                throw new IllegalArgumentException("boom");
            });
            sleep(0.01);
            print("main returns; task done:", t.done());
        }, Clock.virtual()));
        assertEquals(List.of("main returns; task done: true"), c.out);
        assertTrue(c.err.startsWith("Task exception was never retrieved: Task 'bad' failed with"), c.err);
        assertTrue(c.err.contains("java.lang.IllegalArgumentException: boom"), c.err);
    }

    @Test
    void retrievedExceptionIsNotReported() {
        var c = Capture.of(() -> run(() -> {
            var t = createTask(() -> {
                throw new IllegalArgumentException("boom");
            });
            sleep(0.01);
            print("exception:", t.exception().getMessage());
        }, Clock.virtual()));
        assertEquals(List.of("exception: boom"), c.out);
        assertEquals("", c.err);
    }

    @Test
    void taskCatchesCancellationAndReturnsNormally() {
        var c = Capture.of(() -> run(() -> {
            var task = createTask(() -> {
                try {
                    sleep(1);
                    return "not cancelled";
                } catch (CancelledException e) {
                    print("caught CancelledException inside task");
                    return "swallowed";
                }
            });
            sleep(0);
            task.cancel();
            var r = task.await();
            print("result:", r, "cancelled():", task.cancelled());
        }, Clock.virtual()));
        assertEquals(List.of("caught CancelledException inside task", "result: swallowed cancelled(): false"), c.out);
        assertTrue(c.err.contains("caught its CancelledException and returned normally"), "swallowing is reported: " + c.err);
    }

    @Test
    void taskCancelledBeforeItRanNeverRunsItsBody() {
        var c = Capture.of(() -> run(() -> {
            var task = createTask(() -> print("never printed"));
            task.cancel();
            try {
                task.await();
            } catch (CancelledException e) {
                print("awaiting raised CancelledException; cancelled():", task.cancelled());
            }
        }, Clock.virtual()));
        assertEquals(List.of("awaiting raised CancelledException; cancelled(): true"), c.out);
    }

    @Test
    void blockingCallInsideATaskFreezesTheLoop() {
        List<String> events = new ArrayList<>();
        run(() -> {
            double t0 = time();
            var ticker = createTask(() -> {
                for (int i = 0; i < 3; i++) {
                    events.add("tick " + i + " at " + (time() - t0));
                    sleep(0.1);
                }
            });
            sleep(0);
            Thread.sleep(300); // blocks the loop: no tick can happen meanwhile
            events.add("blocking sleep done at " + (time() - t0));
            ticker.await();
        }, Clock.virtual());
        assertEquals(4, events.size());
        assertTrue(events.get(0).startsWith("tick 0"));
        assertTrue(events.get(1).startsWith("blocking sleep done"), events.toString());
        assertTrue(events.get(2).startsWith("tick 1"), events.toString());
        double blockedUntil = Double.parseDouble(events.get(1).replaceAll(".* at ", ""));
        double tick1 = Double.parseDouble(events.get(2).replaceAll(".* at ", ""));
        assertTrue(blockedUntil >= 0.3, "Thread.sleep really took its time: " + blockedUntil);
        assertTrue(tick1 >= blockedUntil, "tick 1 came only after the blocking call: " + events);
    }

    @Test
    void debugModeReportsTheTaskThatHeldTheLoop() {
        var c = Capture.of(() -> run(() -> {
            getRunningLoop().setDebug(true);
            var t = createTask("hog", () -> Thread.sleep(150));
            t.await();
        }, Clock.virtual()));
        assertTrue(c.err.matches("(?s).*Task 'hog' held the loop for 0\\.1[5-9]\\d s.*|(?s).*Task 'hog' held the loop for 0\\.[2-9]\\d\\d s.*"), c.err);
    }

    @Test
    void sleepZeroYieldsExactlyOnceRoundRobin() {
        var c = Capture.of(() -> run(() -> {
            var a = createTask(() -> {
                for (int i = 0; i < 2; i++) {
                    print("a", i);
                    sleep(0);
                }
            });
            var b = createTask(() -> {
                for (int i = 0; i < 2; i++) {
                    print("b", i);
                    sleep(0);
                }
            });
            gather(a, b).await();
        }, Clock.virtual()));
        assertEquals(List.of("a 0", "b 0", "a 1", "b 1"), c.out);
    }

    @Test
    void cancellationDuringSleepAndDuringTaskAwait() {
        var c = Capture.of(() -> run(() -> {
            var sleeper = createTask(() -> {
                try {
                    sleep(5);
                } catch (CancelledException e) {
                    print("sleeper cancelled");
                    throw e;
                }
            });
            var inner = createTask(() -> {
                try {
                    sleep(5);
                } catch (CancelledException e) {
                    print("inner cancelled");
                    throw e;
                }
            });
            var outer = createTask(() -> {
                try {
                    inner.await();
                } catch (CancelledException e) {
                    print("outer cancelled while awaiting inner");
                    throw e;
                }
            });
            sleep(0.1);
            sleeper.cancel();
            outer.cancel();
            var done = Async.wait(List.of(sleeper, inner, outer));
            print(sleeper.cancelled(), inner.cancelled(), outer.cancelled(), done.pending().size());
        }, Clock.virtual()));
        assertEquals(List.of("sleeper cancelled", "inner cancelled", "outer cancelled while awaiting inner", "true true true 0"), c.out);
    }

    @Test
    void cancelledTaskMayAwaitDuringCleanupThenRethrow() {
        var c = Capture.of(() -> run(() -> {
            var t = createTask(() -> {
                try {
                    sleep(5);
                } catch (CancelledException e) {
                    sleep(0.5); // cleanup that awaits
                    print("cleaned up");
                    throw e;
                }
            });
            sleep(0);
            double t0 = time();
            t.cancel();
            try {
                t.await();
            } catch (CancelledException e) {
                print("cancelled after cleanup of", Math.round((time() - t0) * 10) / 10.0, "s");
            }
        }, Clock.virtual()));
        assertEquals(List.of("cleaned up", "cancelled after cleanup of 0.5 s"), c.out);
        assertEquals("", c.err, "rethrowing is not swallowing");
    }

    @Test
    void awaitSuspendsOnlyTheAwaitingTask() {
        var c = Capture.of(() -> run(() -> {
            var slow = createTask(() -> {
                sleep(0.3);
                return "slow";
            });
            var waiter = createTask(() -> print("waiter got", slow.await()));
            var other = createTask(() -> {
                for (int i = 0; i < 3; i++) {
                    print("other", i);
                    sleep(0.1);
                }
            });
            gather(waiter, other).await();
        }, Clock.virtual()));
        assertEquals(List.of("other 0", "other 1", "other 2", "waiter got slow"), c.out);
    }

    @Test
    void runReturnsMainsResultAndThrowsItsException() {
        assertEquals(42, run(() -> 42));
        var x = assertThrows(IllegalStateException.class, () -> run(() -> {
            throw new IllegalStateException("main failed");
        }));
        assertEquals("main failed", x.getMessage());
        var w = assertThrows(AsyncExecutionException.class, () -> run(() -> {
            throw new IOException("checked");
        }));
        assertInstanceOf(IOException.class, w.getCause());
    }

    @Test
    void loopCallsOutsideATaskGiveAFriendlyMessage() {
        var x = assertThrows(IllegalStateException.class, () -> sleep(1));
        assertEquals("sleep() must run inside a task: wrap your code in run(...)"
                + " (or, with an event loop of your own, loop.runUntilComplete(...))", x.getMessage());
        var y = assertThrows(IllegalStateException.class, () -> createTask(() -> 1));
        assertTrue(y.getMessage().startsWith("getRunningLoop() must run inside a task"), y.getMessage());
        var z = assertThrows(IllegalStateException.class, () -> run(() -> run(() -> 1)));
        assertTrue(z.getMessage().startsWith("run() cannot be called from a running event loop"), z.getMessage());
    }

    @Test
    void awaitingADoneTaskOutsideTheLoopReturnsItsResult() {
        EventLoop loop = newEventLoop(Clock.virtual());
        Task<String> t = loop.createTask(() -> "ready");
        var x = assertThrows(IllegalStateException.class, t::await);
        assertTrue(x.getMessage().contains("must run inside a task"), x.getMessage());
        loop.runUntilComplete(t);
        assertEquals("ready", t.await());
        loop.close();
    }

    @Test
    void introspectionShowsStateAndWhatEachTaskAwaits() {
        run(() -> {
            var q = new AsyncQueue<String>();
            var sleeper = createTask("sleeper", () -> sleep(2));
            var getter = createTask("getter", () -> q.get());
            var fresh = createTask("fresh", () -> 1);
            assertEquals(TaskState.CREATED, fresh.state());
            sleep(0);
            assertEquals(TaskState.WAITING, sleeper.state());
            assertEquals("sleep(2.0)", sleeper.awaiting());
            assertEquals("AsyncQueue.get()", getter.awaiting());
            assertEquals(TaskState.DONE, fresh.state());
            assertEquals(TaskState.RUNNING, currentTask().state());
            List<String> names = new ArrayList<>();
            for (Task<?> t : allTasks()) names.add(t.getName());
            assertEquals(List.of(currentTask().getName(), "sleeper", "getter"), names);
            assertTrue(sleeper.toString().contains("'sleeper' waiting awaiting sleep(2.0)"), sleeper.toString());
            getter.cancel();
            sleeper.cancel();
            sleep(0);
            assertEquals(TaskState.CANCELLED, getter.state());
        }, Clock.virtual());
    }

    @Test
    void resultAndExceptionFollowAsyncioRules() {
        run(() -> {
            var t = createTask(() -> {
                sleep(0.1);
                return "r";
            });
            assertThrows(InvalidStateException.class, t::result);
            assertThrows(InvalidStateException.class, t::exception);
            assertThrows(UnsupportedOperationException.class, () -> t.setResult("x"));
            assertEquals("r", t.await());
            assertNull(t.exception());
            assertEquals("r", t.result());
            assertFalse(t.cancel(), "cancelling a done task does nothing");
            var f = getRunningLoop().<Integer>createFuture();
            getRunningLoop().callLater(Duration.ofMillis(50), () -> f.setResult(7));
            assertEquals(7, f.await());
            assertThrows(InvalidStateException.class, () -> f.setResult(8));
        }, Clock.virtual());
    }

    @Test
    void doneCallbacksRunOnTheLoopAfterTheTaskYields() {
        var c = Capture.of(() -> run(() -> {
            var t = createTask(() -> "v");
            t.addDoneCallback(f -> print("callback sees", f.result()));
            print("registered");
            t.await();
            print("after await");
            sleep(0);
            print("after yield");
        }, Clock.virtual()));
        assertEquals(List.of("registered", "callback sees v", "after await", "after yield"), c.out);
    }
}
