package dev.loomlab.async;

import static dev.loomlab.async.Async.*;
import static dev.loomlab.async.Capture.print;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class ExecutorTest {

    @Test
    void toThreadKeepsTheLoopServingOtherTasksWhileTheThreadWorks() {
        // The thread's work ends only after the ticker has ticked three times: were the loop
        // blocked while the thread works, the ticker could never tick and this would hang.
        CountDownLatch ticks = new CountDownLatch(3);
        var c = Capture.of(() -> run(() -> {
            print("default executor max_workers =", EventLoop.defaultExecutorWorkers());
            var ticker = createTask(() -> {
                for (int i = 0; i < 3; i++) {
                    print("tick", i);
                    ticks.countDown();
                    sleep(0.05);
                }
            });
            var work = toThread(() -> ticks.await(30, TimeUnit.SECONDS));
            print("ticked while the thread worked:", gather(work, ticker).await().get(0));
        }, Clock.system()));
        assertEquals(List.of("default executor max_workers = " + Math.min(32, Runtime.getRuntime().availableProcessors() + 4),
                "tick 0", "tick 1", "tick 2", "ticked while the thread worked: true"), c.out);
    }

    @Test
    void toThreadWorkRunsOnAPlatformThreadOfTheDefaultPool() {
        String name = run(() -> toThread(() -> Thread.currentThread().getName() + " virtual=" + Thread.currentThread().isVirtual()).await());
        assertTrue(name.startsWith("loomlab-executor-") && name.endsWith("virtual=false"), name);
    }

    @Test
    void runInExecutorWithAnExecutorOfOurOwn() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2, r -> new Thread(r, "own-pool"));
        try {
            String r = run(() -> runInExecutor(pool, () -> Thread.currentThread().getName()).await());
            assertEquals("own-pool", r);
            var x = assertThrows(IllegalArgumentException.class,
                    () -> run(() -> runInExecutor(pool, () -> {
                        throw new IllegalArgumentException("failed on the pool");
                    }).await()));
            assertEquals("failed on the pool", x.getMessage());
        } finally {
            pool.shutdown();
            pool.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void cancellationDuringAnExecutorAwaitLeavesTheWorkRunning() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean workFinished = new AtomicBoolean();
        var c = Capture.of(() -> run(() -> {
            var job = toThread(() -> {
                release.await();
                workFinished.set(true);
                return "late";
            });
            var waiter = createTask(() -> {
                try {
                    return job.await();
                } catch (CancelledException e) {
                    print("waiter cancelled while the thread works");
                    throw e;
                }
            });
            sleep(0.05);
            waiter.cancel();
            try {
                waiter.await();
            } catch (CancelledException e) {
                print("job cancelled too:", job.cancelled(), "work finished:", workFinished.get());
            }
            release.countDown();
        }, Clock.system()));
        assertEquals(List.of("waiter cancelled while the thread works", "job cancelled too: true work finished: false"), c.out);
        assertTrue(workFinished.get(), "run() waited for the default executor's running work, as asyncio.run does");
    }

    @Test
    void cpuBoundJobsRunAtTheSameTimeOnThePoolsThreads() {
        // Four jobs that compute until all four have started: they finish only if the pool
        // runs them at once, each on a thread of its own (the pool has max(4, cores + 4)).
        int jobsAtOnce = 4;
        var started = new java.util.concurrent.atomic.AtomicInteger();
        var threads = java.util.concurrent.ConcurrentHashMap.<String>newKeySet();
        long giveUpAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        List<Boolean> allMet = run(() -> {
            var jobs = new java.util.ArrayList<AsyncFuture<Boolean>>();
            for (int i = 0; i < jobsAtOnce; i++) {
                jobs.add(toThread(() -> {
                    threads.add(Thread.currentThread().getName());
                    started.incrementAndGet();
                    while (started.get() < jobsAtOnce && System.nanoTime() < giveUpAt) Thread.onSpinWait();
                    return started.get() == jobsAtOnce;
                }));
            }
            return gather(jobs).await();
        });
        assertEquals(List.of(true, true, true, true), allMet, "every job saw all four running");
        assertEquals(jobsAtOnce, threads.size(), "one thread each: " + threads);
    }

    @Test
    void virtualClockWaitsForExecutorWorkInFlight() {
        double[] elapsed = new double[2];
        run(() -> {
            double t0 = time();
            var job = toThread(() -> Thread.sleep(300));
            sleep(10); // the timer is far, but the clock must not jump past the work in flight
            elapsed[0] = time() - t0;
            job.await();
        }, Clock.virtual());
        run(() -> {
            double t0 = time();
            var job = toThread(() -> Thread.sleep(300));
            job.await();
            elapsed[1] = time() - t0;
        }, Clock.virtual());
        assertTrue(elapsed[0] >= 10.0, "the sleep still ended at its time: " + elapsed[0]);
        assertTrue(elapsed[1] >= 0.3, "executor work takes real time on the virtual clock: " + elapsed[1]);
    }
}
