package dev.loomlab.async;

import static dev.loomlab.async.Async.*;
import static dev.loomlab.async.Capture.print;
import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class EventLoopTest {

    @Test
    void aLoopDrivenFromOutsideKeepsTasksBetweenRunsLikeNotebookCells() {
        EventLoop loop = newEventLoop(Clock.virtual());
        List<String> log = new ArrayList<>();
        // cell 1 starts a background task and returns
        Task<?> bg = loop.runUntilComplete(() -> createTask("ticker", () -> {
            for (int i = 0; ; i++) {
                log.add("tick " + i);
                sleep(0.1);
            }
        }));
        // as in asyncio, the task's first step runs in the same loop pass that ends cell 1
        assertEquals(List.of("tick 0"), log);
        assertEquals(List.of(bg), loop.allTasks());
        assertEquals(TaskState.WAITING, bg.state());
        // between cells nothing runs
        double before = loop.time();
        // cell 2 awaits for a while: the ticker runs meanwhile
        loop.runUntilComplete(() -> sleep(0.25));
        assertEquals(List.of("tick 0", "tick 1", "tick 2"), log);
        assertEquals(TaskState.WAITING, bg.state());
        assertEquals("sleep(0.1)", bg.awaiting());
        assertTrue(loop.time() - before >= 0.25);
        // cell 3 cancels it
        loop.runUntilComplete(() -> {
            bg.cancel();
            sleep(0);
        });
        assertTrue(bg.cancelled());
        assertEquals(List.of(), loop.allTasks());
        loop.close();
    }

    @Test
    void callSoonCallLaterAndCallAtRunInTimeOrder() {
        var c = Capture.of(() -> {
            EventLoop loop = newEventLoop(Clock.virtual());
            loop.callLater(0.2, () -> print("later 0.2"));
            loop.callAt(loop.time() + 0.1, () -> print("at +0.1"));
            loop.callSoon(() -> print("soon 1"));
            Handle h = loop.callSoon(() -> print("cancelled, never"));
            loop.callSoon(() -> print("soon 2"));
            h.cancel();
            loop.callLater(0.3, loop::stop);
            loop.runForever();
            print("stopped at", Math.round(loop.time() * 10) / 10.0);
            loop.close();
        });
        assertEquals(List.of("soon 1", "soon 2", "at +0.1", "later 0.2", "stopped at 0.3"), c.out);
    }

    @Test
    void callSoonThreadsafeWakesAnIdleLoop() throws Exception {
        EventLoop loop = newEventLoop(Clock.system());
        AsyncFuture<String> f = loop.createFuture();
        Thread driver = Thread.currentThread();
        Thread other = new Thread(() -> {
            // the signal that the loop is idle: its driver has parked, with nothing to run
            awaitSignal(() -> parked(driver));
            loop.callSoonThreadsafe(() -> f.setResult("from another thread"));
        });
        other.start();
        assertEquals("from another thread", loop.runUntilComplete(f));
        other.join();
        loop.close();
    }

    @Test
    void otherThreadsMustUseCallSoonThreadsafe() {
        EventLoop loop = newEventLoop(Clock.virtual());
        AtomicReference<Throwable> seen = new AtomicReference<>();
        loop.runUntilComplete(() -> {
            Thread t = new Thread(() -> {
                try {
                    loop.createTask(() -> 1);
                } catch (Throwable x) {
                    seen.set(x);
                }
            });
            t.start();
            t.join(); // blocks the loop on purpose: the other thread runs meanwhile
        });
        assertInstanceOf(IllegalStateException.class, seen.get());
        assertTrue(seen.get().getMessage().contains("use callSoonThreadsafe()"), seen.get().getMessage());
        loop.close();
    }

    @Test
    void runningALoopFromInsideATaskIsRefused() {
        EventLoop other = newEventLoop(Clock.virtual());
        var x = assertThrows(IllegalStateException.class, () -> run(() -> other.runUntilComplete(() -> 1)));
        assertTrue(x.getMessage().startsWith("Cannot run an event loop from inside a running one"), x.getMessage());
        other.close();
    }

    @Test
    void interruptingTheDriverCancelsTheRunningMainTask() throws Exception {
        EventLoop loop = newEventLoop(Clock.system());
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>();
        AtomicReference<Task<?>> main = new AtomicReference<>();
        Thread driver = new Thread(() -> {
            try {
                loop.runUntilComplete(() -> {
                    try {
                        main.set(currentTask());
                        sleep(30);
                    } catch (CancelledException e) {
                        log.add("main cancelled by the interrupt");
                        throw e;
                    }
                });
            } catch (Throwable x) {
                outcome.set(x);
            }
            log.add("interrupt flag kept: " + Thread.currentThread().isInterrupted());
        });
        driver.start();
        // the signal: the main task waits in sleep(30) and the loop's driver waits for its timer
        awaitSignal(() -> main.get() != null && String.valueOf(main.get().awaiting()).startsWith("sleep(") && parked(driver));
        driver.interrupt();
        driver.join(10_000);
        assertFalse(driver.isAlive());
        assertInstanceOf(CancelledException.class, outcome.get());
        assertEquals(List.of("main cancelled by the interrupt", "interrupt flag kept: true"), log);
        loop.close();
    }

    @Test
    void closingUnwindsPendingTasksSoTheirThreadsEnd() {
        List<String> log = new ArrayList<>();
        Task<?>[] t = new Task<?>[1];
        var c = Capture.of(() -> {
            EventLoop loop = newEventLoop(Clock.virtual());
            loop.runUntilComplete(() -> {
                t[0] = createTask("stuck", () -> {
                    try {
                        sleep(100);
                    } finally {
                        log.add("finally ran");
                        try {
                            sleep(1);
                        } catch (Error e) {
                            log.add("awaiting in a closed loop fails at once");
                            throw e;
                        }
                    }
                });
                sleep(0);
            });
            loop.close();
            assertThrows(IllegalStateException.class, () -> loop.runUntilComplete(() -> 1));
        });
        assertEquals(List.of("finally ran", "awaiting in a closed loop fails at once"), log);
        assertFalse(t[0].done(), "a task of a closed loop stays pending forever, as in asyncio");
        assertTrue(c.err.contains("Task 'stuck' was still pending"), c.err);
    }

    @Test
    void stopEndsRunForeverAndPendingWorkContinuesNextTime() {
        EventLoop loop = newEventLoop(Clock.virtual());
        List<Integer> seen = new ArrayList<>();
        loop.createTask(() -> {
            for (int i = 0; i < 5; i++) {
                seen.add(i);
                if (i == 1) getRunningLoop().stop();
                sleep(0);
            }
        });
        loop.runForever();
        assertEquals(List.of(0, 1), seen);
        loop.callLater(1.0, loop::stop); // stop() is not sticky: make the next run stop too
        loop.runForever();
        assertEquals(List.of(0, 1, 2, 3, 4), seen.subList(0, 5));
        loop.close();
    }

    @Test
    void theLoopTimeIsTheClocksTime() {
        run(() -> {
            double t0 = time();
            sleep(1.5);
            assertEquals(1.5, time() - t0, 0.01);
            assertSame(getRunningLoop().clock(), getRunningLoop().clock());
            assertTrue(getRunningLoop().clock().isVirtual());
        }, Clock.virtual());
    }

    /** Spins until the signal shows, failing (rather than hanging) if it never does. */
    private static void awaitSignal(java.util.function.BooleanSupplier signal) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!signal.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("the signal never came");
            Thread.onSpinWait();
        }
    }

    /** Whether a loop's driver thread waits for work (parked), which is what these tests wait for instead of a fixed time. */
    private static boolean parked(Thread driver) {
        Thread.State state = driver.getState();
        return state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING;
    }
}
