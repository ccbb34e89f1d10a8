package dev.loomlab.async;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * An event loop: the twin of asyncio's loop. It runs one task at a time and switches only
 * where the running task awaits.
 *
 * <h2>How it runs</h2>
 * Every task runs on its own virtual thread, but only while it holds the loop's <em>turn</em>.
 * Exactly one thread holds the turn at a time: the thread driving the loop
 * ({@link #runUntilComplete}, {@link #runForever}) or one task's thread. A task that awaits
 * gives the turn away itself: on its own thread it runs the loop's scheduling step (ready
 * callbacks in FIFO batches like asyncio's {@code _run_once}, due timers, thread-safe
 * callbacks), hands the turn to the next task it picks (unparking that task's thread) and
 * parks until some thread hands the turn back to it. A plain blocking call inside a task
 * ({@code Thread.sleep}) therefore blocks the whole loop, exactly as {@code time.sleep} does in
 * asyncio; {@link #setDebug(boolean) debug mode} reports such a task ("held the loop for ...").
 *
 * <h2>Driving it from outside</h2>
 * {@link #runUntilComplete} may be called again and again from the same outside thread (a
 * notebook kernel runs each cell this way): tasks created by one run that are still pending
 * simply wait, frozen, until the next run drives the loop again. Between runs the loop may be
 * used from the driving thread ({@link #createTask}, {@link #allTasks()}, {@link #callSoon}).
 * While it runs, only its tasks and callbacks may touch it; other threads use
 * {@link #callSoonThreadsafe}. Interrupting the driving thread cancels the future being run
 * (so a stuck cell can be stopped) and {@code runUntilComplete} then throws
 * {@link CancelledException} with the thread's interrupt flag set again.
 *
 * <h2>Warnings</h2>
 * Printed to {@code System.err} (or the {@link #setWarningHandler handler}) in plain words
 * where asyncio prints them: a task still pending when the loop is {@link #close() closed}
 * (asyncio: "Task was destroyed but it is pending!"), a failed task or future whose exception
 * was never retrieved ("Task exception was never retrieved"), a task that swallowed its
 * cancellation, an exception escaping a callback. Java difference: asyncio reports the first
 * two when the task is garbage-collected; this loop reports them when it is closed
 * ({@link Async#run} closes its loop at the end), which is deterministic. A loop that lives
 * long (a notebook session's) can also report never-retrieved exceptions of tasks already
 * garbage-collected, on request: {@link #reportCollectedFailures()}.
 */
public final class EventLoop implements AutoCloseable {
    private static final ThreadFactory TASK_THREADS = Thread.ofVirtual().name("loomlab-task").factory();

    final Clock clock;
    final LoopWarnings warnings = new LoopWarnings();
    private final LoopExecutor executors = new LoopExecutor(this);
    final LoopSchedule schedule;
    private final TurnTimer turns;

    /** Who holds the turn: a Task or a Driver. */
    private volatile Object owner;
    /** The task whose code is running (null while scheduling code runs). */
    volatile Task<?> current;
    private volatile boolean isRunning;
    private volatile boolean closed;
    private Driver driver;
    private Driver closer;

    private Task<?> head, tail;
    private int pendingCount;

    volatile boolean nestedRunAllowed;

    /**
     * Null (the default): asyncio's exact order. Set only by the {@link Explorer} on loops it
     * makes, to resolve the choices the world leaves open (which of the tasks ready at the same
     * instant runs first, how long a sleep really takes).
     */
    ScheduleChoices choices;
    /** Under exploration: unnamed tasks are numbered per loop, so that a replay names them alike. */
    private int exploredTasks;

    EventLoop(Clock clock) {
        this.clock = clock == null ? Clock.defaultClock() : clock;
        this.schedule = new LoopSchedule(this, executors);
        this.turns = new TurnTimer(this.clock, warnings);
    }

    // ------------------------------------------------------------------ introspection

    /** The loop's clock ({@link Clock#system()} or {@link Clock#virtual()}). */
    public Clock clock() {
        return clock;
    }

    /** The loop's current time in seconds (asyncio's {@code loop.time()}): what timers are measured against. */
    public double time() {
        return clock.time();
    }

    public boolean isRunning() {
        return isRunning;
    }

    public boolean isClosed() {
        return closed;
    }

    /**
     * The tasks of this loop that are not done, in creation order (asyncio's
     * {@code all_tasks()}). Call it from the loop's own tasks or while the loop is stopped.
     */
    public List<Task<?>> allTasks() {
        List<Task<?>> out = new ArrayList<>(pendingCount);
        for (Task<?> t = head; t != null; t = t.next) out.add(t);
        return out;
    }

    /** The task running now on this loop if the caller is that task, else null. */
    public Task<?> currentTask() {
        Task<?> c = current;
        return c != null && c.thread == Thread.currentThread() ? c : null;
    }

    // ------------------------------------------------------------------ debug, recording, warnings

    /**
     * Debug mode, like asyncio's: a task that keeps the turn longer than the
     * {@link #setSlowCallbackDuration slow-callback duration} (0.1 s by default) between two
     * awaits is reported: "Task 'X' held the loop for 1.002 s". Also on with
     * {@code -Dloomlab.async.debug=true} or {@code LOOMLAB_ASYNC_DEBUG=1}.
     */
    public void setDebug(boolean on) {
        turns.setDebug(on);
    }

    public boolean isDebug() {
        return turns.isDebug();
    }

    public void setSlowCallbackDuration(Duration d) {
        turns.setSlowNanos(d.toNanos());
    }

    /** Starts recording a {@link Timeline} of which task ran when (replacing any previous one) and returns it. */
    public Timeline startRecording() {
        return turns.startRecording(current);
    }

    /**
     * Stops recording and returns what was recorded (null if nothing was). Unlike the rest of
     * the loop, it may be called from any thread: a live view stops a recording when its cell ends.
     */
    public Timeline stopRecording() {
        return turns.stopRecording();
    }

    /** Where warnings go; null (the default) prints them to the current {@code System.err}. */
    public void setWarningHandler(Consumer<String> handler) {
        warnings.setHandler(handler);
    }

    void warn(String message, Throwable t) {
        warnings.warn(message, t);
    }

    // ------------------------------------------------------------------ scheduling API

    /** Schedules {@code callback} to run on the loop soon, after what is already queued (FIFO). */
    public Handle callSoon(Runnable callback) {
        checkThread("callSoon()");
        Handle h = new Handle(callback);
        schedule.add(h);
        return h;
    }

    /** Schedules {@code callback} to run after {@code delay} seconds of loop time. */
    public Handle callLater(double delay, Runnable callback) {
        checkThread("callLater()");
        return schedule.addTimer(callback, clock.nanos() + toNanos(delay));
    }

    public Handle callLater(Duration delay, Runnable callback) {
        checkThread("callLater()");
        return schedule.addTimer(callback, clock.nanos() + delay.toNanos());
    }

    /** Schedules {@code callback} at loop time {@code when} (seconds, see {@link #time()}). */
    public Handle callAt(double when, Runnable callback) {
        checkThread("callAt()");
        return schedule.addTimer(callback, (long) (when * 1e9));
    }

    /**
     * The only loop method other threads may call: schedules {@code callback} on the loop and
     * wakes it. Callbacks posted while the loop is stopped run when it runs next.
     */
    public Handle callSoonThreadsafe(Runnable callback) {
        if (closed) throw new IllegalStateException("Event loop is closed");
        Handle h = new Handle(callback);
        schedule.post(h);
        return h;
    }

    Handle sleepTimer(AsyncFuture<?> f, double seconds) {
        return schedule.addFutureTimer(f, clock.nanos() + toNanos(seconds));
    }

    /** A sleep's duration: as asked, or "about" that under an exploration with jitter. */
    double sleepSeconds(double seconds) {
        return choices == null ? seconds : choices.jitter(seconds);
    }

    /**
     * Under exploration, the loop found nothing ready, no timer, no executor job and no post:
     * its tasks wait for each other and nothing can wake them. An ordinary loop would wait
     * forever (another thread might post); an explored run ends instead: the deadlock is
     * noted as the run's outcome and every pending task is cancelled so the run can unwind.
     * Returns whether there was anything to cancel.
     */
    boolean endDeadlock() {
        List<Task<?>> stuck = allTasks();
        if (stuck.isEmpty()) return false;
        choices.deadlocked();
        for (Task<?> t : stuck) t.cancel("deadlock found by the explorer");
        return true;
    }

    static long toNanos(double seconds) {
        if (!(seconds > 0)) return 0;
        double n = seconds * 1e9;
        return n >= Long.MAX_VALUE / 4 ? Long.MAX_VALUE / 4 : (long) n;
    }

    /** A new pending future bound to this loop (asyncio's {@code loop.create_future()}). */
    public <T> AsyncFuture<T> createFuture() {
        return new AsyncFuture<>(this);
    }

    AsyncFuture<Object> createFuture(String what) {
        return new AsyncFuture<>(this, what);
    }

    /** Creates and schedules a task; it starts when the loop next gets to it. */
    public <T> Task<T> createTask(Callable<T> body) {
        return createTask(null, body);
    }

    public <T> Task<T> createTask(String name, Callable<T> body) {
        if (body == null) throw new NullPointerException("body");
        checkThread("createTask()");
        if (name == null && choices != null) name = "Task-" + (++exploredTasks);
        Task<T> t = new Task<>(this, name, body);
        t.unstarted = TASK_THREADS.newThread(new TaskStart(this, t));
        t.unstarted.setName(t.getName());
        link(t);
        t.queued = true;
        schedule.add(t);
        turns.taskCreated(t);
        return t;
    }

    public Task<Void> createTask(AsyncRunnable body) {
        return createTask(null, body);
    }

    public Task<Void> createTask(String name, AsyncRunnable body) {
        if (body == null) throw new NullPointerException("body");
        return createTask(name, () -> {
            body.run();
            return null;
        });
    }

    private void link(Task<?> t) {
        t.prev = tail;
        if (tail == null) head = t;
        else tail.next = t;
        tail = t;
        pendingCount++;
    }

    private void unlink(Task<?> t) {
        Task<?> p = t.prev, n = t.next;
        if (p == null) head = n;
        else p.next = n;
        if (n == null) tail = p;
        else n.prev = p;
        t.prev = t.next = null;
        pendingCount--;
    }

    private void checkThread(String what) {
        if (closed) throw new IllegalStateException("Event loop is closed");
        if (isRunning && threadOf(owner) != Thread.currentThread()) {
            throw new IllegalStateException(what + " was called from a thread that is not running this loop's tasks;"
                    + " from another thread use callSoonThreadsafe()");
        }
    }

    /** Whether {@code thread} holds this loop's turn: it runs one of its tasks or callbacks, or drives it. */
    boolean turnHeldBy(Thread thread) {
        return threadOf(owner) == thread;
    }

    private static Thread threadOf(Object o) {
        if (o instanceof Task<?> t) return t.thread;
        if (o instanceof Driver d) return d.thread;
        return null;
    }

    // ------------------------------------------------------------------ running

    /**
     * Runs the loop until {@code future} is done and returns its result or throws its exception
     * (a checked one wrapped in {@link AsyncExecutionException}). Other tasks run meanwhile; those
     * still pending at the end stay pending and continue at the next run.
     *
     * @throws IllegalStateException if the loop is closed or running, or if called from inside a task
     */
    public <T> T runUntilComplete(AsyncFuture<T> future) {
        if (future.loop != this) throw new IllegalArgumentException("the future belongs to another event loop");
        if (closed) throw new IllegalStateException("Event loop is closed");
        if (isRunning) throw new IllegalStateException("This event loop is already running");
        RunningLoops.checkMayRunHere("Cannot run an event loop from inside a running one:"
                + " inside a task, await the future instead of running the loop");
        Driver d = new Driver(Thread.currentThread(), future);
        future.addCallbackObject(d);
        drive(d);
        future.removeCallbackObject(d);
        if (d.interrupted) Thread.currentThread().interrupt();
        if (!future.done()) throw new IllegalStateException("Event loop stopped before the future completed.");
        return future.result();
    }

    /** Creates a task for {@code main} and runs the loop until it is done: see {@link #runUntilComplete(AsyncFuture)}. */
    public <T> T runUntilComplete(Callable<T> main) {
        return runUntilComplete(createTask(main));
    }

    public void runUntilComplete(AsyncRunnable main) {
        runUntilComplete(createTask(main));
    }

    /** Runs the loop until {@link #stop()} is called. */
    public void runForever() {
        if (closed) throw new IllegalStateException("Event loop is closed");
        if (isRunning) throw new IllegalStateException("This event loop is already running");
        RunningLoops.checkMayRunHere("Cannot run an event loop from inside a running one");
        Driver d = new Driver(Thread.currentThread(), null);
        drive(d);
        if (d.interrupted) Thread.currentThread().interrupt();
    }

    /** Makes {@link #runForever} (or runUntilComplete) return once the callbacks queued before it have run. */
    public void stop() {
        checkThread("stop()");
        Driver d = driver;
        if (d != null && isRunning && !d.stopQueued) {
            d.stopQueued = true;
            schedule.add(d);
        }
    }

    private void drive(Driver d) {
        driver = d;
        schedule.resetBatch();
        owner = d;
        isRunning = true;
        RunningLoops.register(this);
        try {
            yieldTurn(d);
        } finally {
            isRunning = false;
            owner = null;
            driver = null;
            RunningLoops.unregister(this);
        }
    }

    /**
     * Lets {@code run(...)} and {@link #runUntilComplete} be called from a task of this loop:
     * that task then drives the new loop itself while this loop waits, frozen, until it
     * returns. asyncio refuses this ("cannot be called from a running event loop"; IPython
     * users reach for nest_asyncio); a notebook whose cells are tasks of a session loop needs
     * it so that a lesson can still show {@code run(main)} with its own fresh loop.
     */
    public void setNestedRunAllowed(boolean allowed) {
        nestedRunAllowed = allowed;
    }

    // ------------------------------------------------------------------ the turn

    /**
     * The calling thread holds the turn as {@code me} (a Task or Driver; null for a finished
     * task's thread that is about to end). Runs the scheduling step until it picks a task or
     * driver, hands the turn to it, and (unless {@code me} is null) waits to be handed the turn
     * back.
     */
    private void yieldTurn(Object me) {
        current = null;
        for (;;) {
            Object item = nextItem();
            if (item instanceof Task<?> t) {
                t.queued = false;
                if (t == me) break;
                if (t.state != AsyncFuture.PENDING) continue;
                if (t.thread == null) {
                    if (t.mustCancel) { // cancelled before it ever ran: the body never runs
                        unlink(t);
                        t.body = null;
                        t.unstarted = null;
                        t.cancelNow(t.cancelMessage);
                        continue;
                    }
                    owner = t;
                    t.thread = t.unstarted;
                    t.unstarted = null;
                    t.thread.start();
                } else {
                    owner = t;
                    LockSupport.unpark(t.thread);
                }
                if (me == null) return;
                awaitTurn(me);
                break;
            } else if (item instanceof Driver d) {
                if (d != driver) continue; // stale stop request of an earlier run
                d.stopQueued = false;
                if (d == me) break;
                owner = d;
                LockSupport.unpark(d.thread);
                if (me == null) return;
                awaitTurn(me);
                break;
            } else {
                runHandle((Handle) item);
            }
        }
        if (me instanceof Task<?> t) current = t;
    }

    private void awaitTurn(Object me) {
        if (me instanceof Driver d) {
            while (owner != d) {
                LockSupport.park(this);
                if (Thread.interrupted()) driverInterrupted(d);
            }
        } else {
            while (owner != me) LockSupport.park(this);
        }
    }

    private void driverInterrupted(Driver d) {
        d.interrupted = true;
        AsyncFuture<?> target = d.target;
        callSoonThreadsafe(() -> {
            if (target != null) target.cancel("interrupted");
            else stop();
        });
    }

    private Object nextItem() {
        for (;;) {
            Object item = schedule.next();
            if (item != null) return item;
            // the wait was interrupted: only the driving thread's interrupt cancels the run
            Driver d = driver;
            if (d != null && d.thread == Thread.currentThread()) driverInterrupted(d);
        }
    }

    private void runHandle(Handle h) {
        if (h.cancelled) return;
        long t0 = turns.callbackStarts();
        try {
            h.fire();
        } catch (Throwable x) {
            warn("Exception in callback " + h + ":", x);
        }
        turns.callbackEnded(h, t0);
    }

    void scheduleCallback(AsyncFuture<?> f, Object cb) {
        if (cb instanceof Task<?> t) {
            if (!t.queued) {
                t.queued = true;
                schedule.add(t);
            }
        } else if (cb instanceof Driver) {
            schedule.add(cb);
        } else {
            @SuppressWarnings({"unchecked", "rawtypes"})
            Handle h = new Handle.Callback(f, (Consumer) cb);
            schedule.add(h);
        }
    }

    // ------------------------------------------------------------------ tasks

    private void runTask(Task<?> t) {
        current = t;
        turns.beginTurn(t);
        Object result = null;
        Throwable error = null;
        try {
            result = t.body.call();
        } catch (Throwable x) {
            error = x;
        }
        if (t.killed) {
            current = null;
            Driver c = closer;
            owner = c;
            LockSupport.unpark(c.thread);
            return;
        }
        finish(t, result, error);
        // This thread outlives its task for a moment (it hands the turn on first): it must not
        // keep the finished task reachable, or a failure nobody awaited could not be collected
        // and reported (see LoopWarnings).
        t = null;
        yieldTurn(null);
    }

    /** A task thread's body. It lets go of its task once started, for the same reason as runTask. */
    private static final class TaskStart implements Runnable {
        private final EventLoop loop;
        private Task<?> task;

        TaskStart(EventLoop loop, Task<?> task) {
            this.loop = loop;
            this.task = task;
        }

        @Override
        public void run() {
            loop.runTask(take()); // no local here: runTask's parameter is the only reference
        }

        private Task<?> take() {
            Task<?> t = task;
            task = null;
            return t;
        }
    }

    @SuppressWarnings("unchecked")
    private <T> void finish(Task<T> t, Object result, Throwable error) {
        unlink(t);
        t.body = null;
        String then;
        if (error == null) {
            if (t.mustCancel) {
                t.cancelNow(t.cancelMessage);
                then = "cancelled";
            } else {
                if (t.cancelDelivered) {
                    warn("Task '" + t.getName() + "' caught its CancelledException and returned normally:"
                            + " the cancellation was swallowed (rethrow it after cleaning up)", null);
                }
                t.complete((T) result, null);
                then = "done";
            }
        } else if (error instanceof CancelledException ce) {
            t.cancelNow(ce.getMessage());
            then = "cancelled";
        } else {
            t.complete(null, error);
            then = "failed: " + error;
        }
        turns.endTurn(t, then);
    }

    /** Suspends the current task {@code t} until its step is picked again. */
    void suspend(Task<?> t, AsyncFuture<?> on) {
        if (turns.active()) turns.endTurn(t, on == null ? "yield" : "await " + on.describe());
        yieldTurn(t);
        if (turns.active()) turns.beginTurn(t);
    }

    /**
     * How many failed tasks and futures nobody has retrieved the exception of, whose warning
     * is still due. A kernel asks this to decide whether a garbage collection is worth it
     * before {@link #reportCollectedFailures()}.
     */
    public int unretrievedFailures() {
        return warnings.unretrievedFailures();
    }

    /**
     * Warns "Task exception was never retrieved" for each failed task or future that nobody
     * retrieved the exception of and that has been garbage-collected: asyncio's moment, since
     * nothing can retrieve it any more. One that is still referenced (a variable holds the task)
     * is not reported; it is when the loop closes if it is still unread then. Call it from the
     * loop's own code or while the loop is stopped, where warnings should appear. Returns how
     * many were reported.
     */
    public int reportCollectedFailures() {
        return warnings.reportCollectedFailures();
    }

    /** Throwable to unchecked: RuntimeExceptions and Errors as they are, checked ones wrapped. */
    static RuntimeException unchecked(Throwable t) {
        if (t instanceof RuntimeException r) return r;
        if (t instanceof Error e) throw e;
        return new AsyncExecutionException(t);
    }

    // ------------------------------------------------------------------ executors

    /**
     * Runs {@code fn} on {@code executor} (null: the loop's default pool of
     * {@code min(32, cores + 4)} platform threads, like asyncio's) and returns a future of its
     * result at once. The calling task may await it while the loop keeps serving other tasks.
     * Cancelling the future does not stop work that has started (as in asyncio); work not yet
     * started is withdrawn. While such work is in flight a virtual clock does not jump.
     */
    public <T> AsyncFuture<T> runInExecutor(Executor executor, Callable<T> fn) {
        checkThread("runInExecutor()");
        return executors.submit(executor, fn);
    }

    /**
     * Wraps every job handed to an executor by {@link #runInExecutor} (and so by
     * {@link Async#toThread}), on the submitting task's thread. Pool threads are reused across
     * tasks, so thread-bound context of the submitter (a notebook kernel routes output by it)
     * must travel with the job; by default jobs are not wrapped.
     */
    public static void setJobDecorator(java.util.function.UnaryOperator<Runnable> decorator) {
        LoopExecutor.setJobDecorator(decorator);
    }

    /**
     * How the stack trace under a warning is written, for every loop: by default as
     * {@link Throwable#printStackTrace()} does. A notebook kernel passes its own, which names
     * cells and lines instead of its generated classes.
     */
    public static void setTraceFormatter(Function<Throwable, String> formatter) {
        LoopWarnings.setTraceFormatter(formatter);
    }

    /**
     * Where the warnings of every loop without its own {@link #setWarningHandler handler} go;
     * null (the default) prints them to the current {@code System.err}. A notebook kernel shows
     * them as a note under the cell instead: graders such as nbgrader give no points to a cell
     * that wrote to stderr, and a warning about a forgotten task is not a wrong answer.
     */
    public static void setDefaultWarningHandler(Consumer<String> handler) {
        LoopWarnings.setDefaultHandler(handler);
    }

    /** The default executor: min(32, cores + 4) daemon platform threads, made on first use. */
    public ExecutorService defaultExecutor() {
        return executors.defaultPool();
    }

    /** The default executor's size: min(32, cores + 4), as asyncio's. */
    public static int defaultExecutorWorkers() {
        return LoopExecutor.defaultWorkers();
    }

    /** Shuts the default executor down and waits for its running jobs (asyncio's {@code shutdown_default_executor}). */
    public void shutdownDefaultExecutor() {
        executors.shutdownDefaultPool(true);
    }

    // ------------------------------------------------------------------ closing

    /**
     * Closes the loop (asyncio's {@code loop.close()}): must not be running. Tasks still pending
     * will never run again: each is reported ("Task 'Task-2' was still pending when its event
     * loop was closed ...", asyncio's "Task was destroyed but it is pending!") and its virtual
     * thread is unwound (its {@code finally} blocks run; awaits there fail at once). Failed
     * tasks and futures whose exception nobody retrieved are reported ("Task exception was never
     * retrieved"). Closing twice does nothing.
     */
    @Override
    public void close() {
        if (isRunning) throw new IllegalStateException("Cannot close a running event loop");
        if (closed) return;
        List<Task<?>> pending = allTasks();
        for (Task<?> t : pending) {
            String on = t.awaiting();
            warn("Task '" + t.getName() + "' was still pending when its event loop was closed and will never finish"
                    + (t.thread == null ? " (it never started)" : on != null ? " (it was awaiting " + on + ")" : "")
                    + ". Await or cancel tasks before closing the loop; run(...) does it for you.", null);
        }
        closed = true;
        RunningLoops.register(this); // so that awaits in the unwinding tasks find their task, and fail at once
        try {
            for (Task<?> t : pending) {
                if (t.thread == null || !t.thread.isAlive()) continue;
                Driver c = new Driver(Thread.currentThread(), null);
                closer = c;
                t.killed = true;
                owner = t;
                LockSupport.unpark(t.thread);
                while (owner != c) LockSupport.park(this);
                owner = null;
            }
        } finally {
            closer = null;
            current = null;
            RunningLoops.unregister(this);
        }
        schedule.clear();
        warnings.reportUnretrieved();
        executors.shutdownDefaultPool(false);
    }

    @Override
    public String toString() {
        return "<EventLoop " + (closed ? "closed" : isRunning ? "running" : "stopped") + " clock=" + clock
                + " tasks=" + pendingCount + ">";
    }

    /** The thread driving a run (runUntilComplete/runForever), as a holder of the turn. */
    static final class Driver {
        final Thread thread;
        final AsyncFuture<?> target;
        boolean interrupted;
        boolean stopQueued;

        Driver(Thread thread, AsyncFuture<?> target) {
            this.thread = thread;
            this.target = target;
        }
    }

    /** Thrown into the tasks of a closed loop to unwind their threads. */
    static final class LoopClosedError extends Error {
        private static final long serialVersionUID = 1L;

        LoopClosedError() {
            super("the event loop was closed while this task was pending", null, false, false);
        }
    }
}
