package dev.loomlab.eval.loop;

import dev.loomlab.async.Async;
import dev.loomlab.async.CancelledException;
import dev.loomlab.async.Clock;
import dev.loomlab.async.EventLoop;
import dev.loomlab.async.ReturnWhen;
import dev.loomlab.async.Task;
import dev.loomlab.display.CellContext;
import dev.loomlab.eval.exec.CellHost;
import dev.loomlab.eval.exec.LeftoverThreads;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The event loop a notebook session lives on (IPython's top-level await, in Java): each cell
 * runs as the main task of one long-lived loop, so a cell can {@code sleep}, {@code createTask},
 * {@code gather} and {@code await} directly, and tasks it leaves running go on after it ends.
 *
 * <p>A cell's snippets reach its main task one by one: the task takes each from a queue and
 * runs it. While JShell compiles the next snippet the task waits on that queue without giving
 * the loop away, so the cell behaves as one uninterrupted piece of code: a task it creates
 * starts only when the cell awaits, exactly as in asyncio. {@code run(main)} inside a cell
 * still gets a fresh loop (nested runs are allowed on this loop; the session waits meanwhile).
 *
 * <p>Interrupt cancels the cell's main task and every task created during the cell (each gets
 * CancelledException and can clean up), interrupts the thread running the cell's code (ending
 * a Thread.sleep or join) and the platform threads the cell started; JShell's own stop ends
 * tight loops. What was stopped is reported in a note under the cell.
 */
public final class SessionLoop implements CellHost, AutoCloseable {
    private static final Runnable END = () -> {};
    /** How long interrupted threads get to end before they are named as left running. */
    private static final long LEFTOVER_GRACE_NANOS = 300_000_000L;

    private final EventLoop loop;
    private final Thread driver;
    private volatile Cell current;
    /** Failed, unread tasks still referenced after the last collection: no new collection for them. */
    private volatile int failuresStillHeld;
    private volatile boolean closed;

    public SessionLoop() {
        this(Clock.defaultClock());
    }

    public SessionLoop(Clock clock) {
        loop = Async.newEventLoop(clock);
        loop.setNestedRunAllowed(true);
        // executor threads serve many cells: each job prints to the cell that submitted it
        EventLoop.setJobDecorator(job -> {
            CellContext submitter = CellContext.current();
            return () -> submitter.runAttached(job);
        });
        driver = Thread.ofPlatform().daemon().name("loomlab-loop").start(this::drive);
    }

    public EventLoop loop() {
        return loop;
    }

    private void drive() {
        while (!closed) {
            try {
                loop.runForever();
            } catch (RuntimeException e) {
                if (closed) return;
            }
            // a cell may have called stop() on the session loop: keep serving the session
            if (Thread.interrupted() && closed) return;
        }
    }

    /** One cell on the loop: its snippet queue, its main task, and what it started. */
    private static final class Cell {
        final String name;
        final LinkedBlockingQueue<Runnable> jobs = new LinkedBlockingQueue<>();
        final CountDownLatch finished = new CountDownLatch(1);
        final Set<Thread> threadsBefore;
        /** The cell's output context, taken on the engine's thread, given to its main task. */
        final CellContext context = CellContext.current();
        volatile Task<?> task;
        volatile Thread codeThread;
        volatile Set<Task<?>> tasksBefore = Set.of();
        /** JShell's threads that hand us snippets: not the cell's threads, never interrupted by us. */
        final Set<Thread> engineThreads = java.util.concurrent.ConcurrentHashMap.newKeySet();
        volatile boolean interrupted;
        volatile List<String> stillRunning = List.of();
        volatile List<String> cancelled = List.of();
        volatile int threadsInterrupted;
        /** The main task has ended (normally, or cancelled before it ever ran). */
        volatile boolean taskEnded;
        /** Waits for a statement to run; the main task's end releases them all. */
        final Set<CountDownLatch> waiting = java.util.concurrent.ConcurrentHashMap.newKeySet();

        /** Releases whoever waits on the cell: its main task is over, nothing more will run. */
        void mainTaskEnded() {
            taskEnded = true;
            finished.countDown();
            waiting.forEach(CountDownLatch::countDown);
        }

        Cell(String name) {
            this.name = name;
            this.threadsBefore = PlatformThreads.snapshot();
        }
    }

    @Override
    public void cellStarted(String cellName) {
        Cell cell = new Cell(cellName);
        current = cell;
        loop.callSoonThreadsafe(() -> {
            cell.task = loop.createTask(cellName, () -> body(cell));
            cell.task.addDoneCallback(ended -> cell.mainTaskEnded());
        });
    }

    private Object body(Cell cell) {
        try {
            cell.codeThread = Thread.currentThread();
            cell.context.enter(false); // tasks this cell creates inherit it: their output finds the cell
            cell.tasksBefore = new HashSet<>(loop.allTasks());
            while (true) {
                Runnable job;
                try {
                    job = cell.jobs.take();
                } catch (InterruptedException e) {
                    continue; // an interrupt meant for the user's code arrived late
                }
                if (job == END) break;
                try {
                    job.run();
                } finally {
                    Thread.interrupted();
                }
            }
            List<Task<?>> started = startedBy(cell);
            cell.tasksBefore = Set.of(); // tasks of earlier cells that ended meanwhile may be collected
            reportForgottenFailures();
            if (cell.interrupted && !started.isEmpty()) {
                started.forEach(Task::cancel);
                Async.wait(started, ReturnWhen.ALL_COMPLETED, Duration.ofSeconds(2));
                cell.cancelled = started.stream().map(Task::getName).toList();
            } else {
                cell.stillRunning = started.stream().map(Task::getName).toList();
            }
            // the user's code got the cancellation and JShell caught it; ending cancelled says
            // the main task did not swallow it (the loop would warn that it had)
            if (cell.interrupted) throw new CancelledException("the cell was interrupted");
            return null;
        } finally {
            cell.finished.countDown();
        }
    }

    /**
     * asyncio warns "Task exception was never retrieved" when a failed task that nobody awaited
     * is garbage-collected, which CPython does as soon as the last reference goes. The JVM
     * collects when it likes, so when a new such failure exists the cell ends with a collection
     * (only then: the usual cell pays nothing) and the warning lands in this cell. A task that
     * a variable still holds is not reported: its exception can still be read.
     */
    private void reportForgottenFailures() {
        int due = loop.unretrievedFailures();
        if (due == 0) {
            failuresStillHeld = 0;
            return;
        }
        if (due > failuresStillHeld) System.gc();
        loop.reportCollectedFailures();
        failuresStillHeld = loop.unretrievedFailures();
    }

    private List<Task<?>> startedBy(Cell cell) {
        List<Task<?>> started = new ArrayList<>();
        for (Task<?> t : loop.allTasks()) {
            if (t != cell.task && !cell.tasksBefore.contains(t) && !t.done()) started.add(t);
        }
        return started;
    }

    @Override
    public void runUserCode(Runnable userCode) {
        Cell cell = current;
        if (cell == null) {
            userCode.run(); // outside any cell (warm-up): no loop needed
            return;
        }
        cell.engineThreads.add(Thread.currentThread());
        CountDownLatch done = new CountDownLatch(1);
        java.util.concurrent.atomic.AtomicBoolean ran = new java.util.concurrent.atomic.AtomicBoolean();
        cell.waiting.add(done);
        if (cell.taskEnded) done.countDown();
        cell.jobs.add(() -> {
            ran.set(true);
            try {
                userCode.run();
            } finally {
                done.countDown();
            }
        });
        awaitEvenIfInterrupted(done);
        cell.waiting.remove(done);
        if (!ran.get()) {
            throw new IllegalStateException("the cell's task was cancelled before this statement could run");
        }
    }

    @Override
    public String cellEnded() {
        Cell cell = current;
        if (cell == null) return null;
        cell.jobs.add(END);
        awaitEvenIfInterrupted(cell.finished); // the body's end, or the task's if it never ran
        current = null;
        if (cell.interrupted) {
            reportLeftoverThreads(cell);
            List<String> parts = new ArrayList<>();
            if (!cell.cancelled.isEmpty()) {
                parts.add("cancelled " + plural(cell.cancelled.size(), "task") + " (" + String.join(", ", cell.cancelled) + ")");
            }
            if (cell.threadsInterrupted > 0) parts.add("interrupted " + plural(cell.threadsInterrupted, "thread"));
            return parts.isEmpty() ? null : "Stopped: " + String.join(", ", parts) + ".";
        }
        List<String> names = cell.stillRunning;
        if (names.isEmpty()) return null;
        return plural(names.size(), "task") + " still running: " + String.join(", ", names)
                + " (they go on in the background; %tasks lists them)";
    }

    /** Threads the cell started that outlive an interrupt are named on the cell's stderr. */
    private static void reportLeftoverThreads(Cell cell) {
        long deadline = System.nanoTime() + LEFTOVER_GRACE_NANOS;
        List<Thread> alive = aliveStartedBy(cell);
        while (!alive.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                break;
            }
            alive = aliveStartedBy(cell);
        }
        if (!alive.isEmpty()) System.err.print(LeftoverThreads.describe(alive));
    }

    private static List<Thread> aliveStartedBy(Cell cell) {
        Set<Thread> started = PlatformThreads.startedSince(cell.threadsBefore);
        started.removeAll(cell.engineThreads);
        return started.stream().filter(t -> t.isAlive() && !LeftoverThreads.isJdkTimer(t)).toList();
    }

    @Override
    public void interrupt() {
        Cell cell = current;
        if (cell == null) return;
        cell.interrupted = true;
        Thread codeThread = cell.codeThread;
        if (codeThread != null) codeThread.interrupt();
        // cancel the main task if it awaits something; the tasks it started are cancelled when it ends
        loop.callSoonThreadsafe(() -> {
            Task<?> task = cell.task;
            if (task != null && !task.done()) task.cancel();
        });
        Set<Thread> started = PlatformThreads.startedSince(cell.threadsBefore);
        started.removeAll(cell.engineThreads);
        started.forEach(Thread::interrupt);
        cell.threadsInterrupted = started.size();
    }

    /** A line per live task: name, state and what it waits for (for %tasks). */
    public String describeTasks() {
        List<Task<?>> tasks = onLoop();
        if (tasks.isEmpty()) return "No tasks are running.";
        return tasks.stream()
                .map(t -> String.format("%-16s %-9s %s", t.getName(), t.state().name().toLowerCase(),
                        t.awaiting() == null ? "" : "waiting on " + t.awaiting()))
                .collect(Collectors.joining("\n"));
    }

    private List<Task<?>> onLoop() {
        return readOnLoop(EventLoop::allTasks, List.of());
    }

    /**
     * Reads the loop's state on the loop itself (where its tasks may be read safely), or gives
     * {@code ifFrozen} when the loop does not answer within 2 s (a task blocks it).
     */
    public <T> T readOnLoop(java.util.function.Function<EventLoop, T> reader, T ifFrozen) {
        java.util.concurrent.CompletableFuture<T> read = new java.util.concurrent.CompletableFuture<>();
        loop.callSoonThreadsafe(() -> read.complete(reader.apply(loop)));
        try {
            return read.get(2, TimeUnit.SECONDS);
        } catch (Exception e) {
            return ifFrozen;
        }
    }

    private static void awaitEvenIfInterrupted(CountDownLatch latch) {
        while (true) {
            try {
                latch.await();
                return;
            } catch (InterruptedException e) {
                // JShell's stop interrupts this thread; interrupt() handles the cell, which ends
            }
        }
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    @Override
    public void close() {
        closed = true;
        loop.callSoonThreadsafe(loop::stop);
        driver.interrupt();
    }
}
