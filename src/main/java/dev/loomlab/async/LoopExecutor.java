package dev.loomlab.async;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * One loop's work on other threads: jobs handed to an executor whose results come back to the
 * loop as futures (asyncio's {@code run_in_executor}), and the loop's default pool, made on
 * first use. It counts the jobs in flight, started and not yet posted back, because the loop's
 * virtual clock must not jump while one may still post. The pool is guarded by the loop's own
 * monitor, as it was when this lived in {@link EventLoop}.
 */
final class LoopExecutor {
    private static final AtomicInteger THREADS = new AtomicInteger();
    /** Shared by every loop: the kernel that sets it serves them all. */
    private static volatile UnaryOperator<Runnable> jobDecorator = r -> r;

    private final EventLoop loop;
    private final AtomicInteger inFlight = new AtomicInteger();
    /** Guarded by {@code loop}. */
    private ThreadPoolExecutor defaultPool;

    LoopExecutor(EventLoop loop) {
        this.loop = loop;
    }

    static void setJobDecorator(UnaryOperator<Runnable> decorator) {
        jobDecorator = decorator == null ? r -> r : decorator;
    }

    /** min(32, cores + 4), as asyncio's. */
    static int defaultWorkers() {
        return Math.min(32, Runtime.getRuntime().availableProcessors() + 4);
    }

    /** Whether some job has started and not yet posted its outcome back to the loop. */
    boolean hasJobsInFlight() {
        return inFlight.get() != 0;
    }

    /** See {@link EventLoop#runInExecutor}; the caller has checked it may use the loop. */
    <T> AsyncFuture<T> submit(Executor executor, Callable<T> fn) {
        Executor ex = executor == null ? defaultPool() : executor;
        AsyncFuture<T> fut = new AsyncFuture<>(loop, "executor job");
        inFlight.incrementAndGet();
        FutureTask<T> job = new FutureTask<>(fn) {
            @Override
            protected void done() {
                try {
                    loop.callSoonThreadsafe(() -> {
                        if (fut.done()) return;
                        if (isCancelled()) {
                            fut.cancel();
                            return;
                        }
                        try {
                            fut.complete(get(), null);
                        } catch (ExecutionException x) {
                            fut.complete(null, x.getCause());
                        } catch (Throwable x) {
                            fut.complete(null, x);
                        }
                    });
                } catch (IllegalStateException closedLoop) {
                    // the loop was closed meanwhile: nobody is left to tell
                } finally {
                    inFlight.decrementAndGet();
                }
            }
        };
        fut.addDoneCallback(f -> {
            if (f.cancelled()) job.cancel(false);
        });
        try {
            ex.execute(jobDecorator.apply(job));
        } catch (RejectedExecutionException x) {
            inFlight.decrementAndGet();
            throw x;
        }
        return fut;
    }

    ThreadPoolExecutor defaultPool() {
        synchronized (loop) {
            if (defaultPool == null) {
                int n = defaultWorkers();
                ThreadPoolExecutor tpe = new ThreadPoolExecutor(n, n, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
                    Thread th = new Thread(r, "loomlab-executor-" + THREADS.incrementAndGet());
                    th.setDaemon(true);
                    return th;
                });
                tpe.allowCoreThreadTimeOut(true);
                defaultPool = tpe;
            }
            return defaultPool;
        }
    }

    /**
     * Shuts the default pool down, if one was made; the next use makes a new one. With
     * {@code awaitJobs} waits for the jobs already started to finish, as asyncio does.
     */
    void shutdownDefaultPool(boolean awaitJobs) {
        ThreadPoolExecutor ex;
        synchronized (loop) {
            ex = defaultPool;
            defaultPool = null;
        }
        if (ex == null) return;
        ex.shutdown();
        if (!awaitJobs) return;
        try {
            while (!ex.awaitTermination(1, TimeUnit.SECONDS)) {
                // keep waiting: jobs that were started are finished, as asyncio does
            }
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
        }
    }
}
