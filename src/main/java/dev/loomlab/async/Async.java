package dev.loomlab.async;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;

/**
 * Python asyncio's vocabulary on Java virtual threads. Use it as
 * {@code import static dev.loomlab.async.Async.*;}.
 *
 * <pre>{@code
 * run(() -> {
 *     var a = createTask(() -> { sleep(0.1); return "a"; });
 *     var b = createTask(() -> { sleep(0.2); return "b"; });
 *     System.out.println(gather(a, b).await());   // [a, b] after 0.2 s
 * });
 * }</pre>
 *
 * Everything here but {@link #run}, {@link #newEventLoop} and the clocks must be called from
 * inside a task (the body given to {@code run}, or a task it created); elsewhere it throws
 * {@link IllegalStateException} saying so. The exceptions: {@link CancelledException},
 * {@link AsyncTimeoutException}, {@link TaskGroupException}, {@link AsyncExecutionException}
 * (a checked exception leaving an await), {@link InvalidStateException}; all unchecked.
 */
public final class Async {
    private Async() {
    }

    /** {@link ReturnWhen#FIRST_COMPLETED}, for {@code import static}. */
    public static final ReturnWhen FIRST_COMPLETED = ReturnWhen.FIRST_COMPLETED;
    /** {@link ReturnWhen#FIRST_EXCEPTION}, for {@code import static}. */
    public static final ReturnWhen FIRST_EXCEPTION = ReturnWhen.FIRST_EXCEPTION;
    /** {@link ReturnWhen#ALL_COMPLETED}, for {@code import static}. */
    public static final ReturnWhen ALL_COMPLETED = ReturnWhen.ALL_COMPLETED;

    // ------------------------------------------------------------------ run and loops

    /**
     * asyncio's {@code run}: makes a fresh loop (with {@link Clock#defaultClock()}), runs
     * {@code main} as a task until it is done, then cancels the tasks still pending (each gets
     * {@link CancelledException} at its await and may clean up; no warning, as in asyncio),
     * waits for them, shuts the default executor down (waiting for its jobs) and closes the
     * loop. Returns main's result, or throws its exception: unchecked ones as they are, checked
     * ones wrapped in {@link AsyncExecutionException}.
     *
     * @throws IllegalStateException when called from inside a running loop (await instead)
     */
    public static <T> T run(Callable<T> main) {
        return run(main, Clock.defaultClock());
    }

    /** {@link #run(Callable)} for a body without a result. */
    public static void run(AsyncRunnable main) {
        run(main, Clock.defaultClock());
    }

    /** {@link #run(Callable)} on a loop with the given clock, e.g. {@code run(main, Clock.virtual())}. */
    public static <T> T run(Callable<T> main, Clock clock) {
        RunningLoops.checkMayRunHere("run() cannot be called from a running event loop: inside a task, await instead");
        EventLoop loop = new EventLoop(clock);
        try {
            Task<T> task = loop.createTask(main);
            return loop.runUntilComplete(task);
        } finally {
            try {
                cancelAllTasks(loop);
                loop.shutdownDefaultExecutor();
            } finally {
                loop.close();
            }
        }
    }

    public static void run(AsyncRunnable main, Clock clock) {
        run(() -> {
            main.run();
            return null;
        }, clock);
    }

    static void cancelAllTasks(EventLoop loop) {
        List<Task<?>> left = loop.allTasks();
        if (left.isEmpty()) return;
        Map<Gathering<?>, List<String>> forgotten = new LinkedHashMap<>();
        for (Gathering<?> g : ForgottenAtRunEnd.find(left)) forgotten.put(g, ForgottenAtRunEnd.unfinished(g));
        for (Task<?> t : left) t.cancel();
        loop.runUntilComplete(Gathering.of(loop, new ArrayList<>(left), true));
        for (Task<?> t : left) {
            if (t.cancelled()) continue;
            Throwable x = t.exception();
            if (x != null) loop.warn("Unhandled exception during run() shutdown in " + t.describe() + ":", x);
        }
        forgotten.forEach((g, unfinished) -> loop.warn(ForgottenAtRunEnd.hint(g, unfinished), null));
    }

    // ------------------------------------------------------------------ exploring schedules

    /**
     * Runs {@code block} under up to 1000 schedules and reports every outcome it can have (see
     * {@link Explorer}): all of its schedules when there are at most 1000, else 1000 random ones.
     */
    public static <T> Exploration<T> explore(Callable<T> block) {
        return explorer().explore(block);
    }

    /** {@link #explore(Callable)} with at most {@code runs} schedules. */
    public static <T> Exploration<T> explore(int runs, Callable<T> block) {
        return explorer().runs(runs).explore(block);
    }

    /** {@link #explore(Callable)} for a block without a value: its printed output is its outcome. */
    public static Exploration<Void> explore(int runs, AsyncRunnable block) {
        return explorer().runs(runs).explore(block);
    }

    public static Exploration<Void> explore(AsyncRunnable block) {
        return explorer().explore(block);
    }

    /** An explorer to configure: {@code explorer().runs(500).jitter(0.2).seed(7).explore(() -> ...)}. */
    public static Explorer explorer() {
        return new Explorer();
    }

    /** A new event loop with {@link Clock#defaultClock()}, to drive by hand (asyncio's {@code new_event_loop}). */
    public static EventLoop newEventLoop() {
        return new EventLoop(Clock.defaultClock());
    }

    public static EventLoop newEventLoop(Clock clock) {
        return new EventLoop(clock);
    }

    /** {@link Clock#virtual()}: waiting is skipped (see {@link Clock}). */
    public static Clock virtualClock() {
        return Clock.virtual();
    }

    /** {@link Clock#system()}. */
    public static Clock systemClock() {
        return Clock.system();
    }

    /**
     * Runs {@code body} while recording which task held the loop when, and returns the
     * recording (it shows as a picture in a notebook). Inside a task the body runs right there,
     * on the current loop, and the other tasks it starts or waits for are recorded too; outside
     * any loop it runs as {@code run(body)} would, on a fresh loop. If the body fails, its
     * exception is thrown and the recording is lost.
     */
    public static Timeline timeline(AsyncRunnable body) {
        EventLoop loop = RunningLoops.runningLoopOrNull();
        if (loop == null) {
            return run(() -> timeline(body));
        }
        loop.startRecording();
        try {
            body.run();
        } catch (RuntimeException | Error e) {
            loop.stopRecording();
            throw e;
        } catch (Exception e) {
            loop.stopRecording();
            throw new AsyncExecutionException(e);
        }
        return loop.stopRecording();
    }

    /** The loop running the calling task or callback (asyncio's {@code get_running_loop}); throws if none. */
    public static EventLoop getRunningLoop() {
        EventLoop l = RunningLoops.runningLoopOrNull();
        if (l == null) throw RunningLoops.notInTask("getRunningLoop()");
        return l;
    }

    /** The task running this code, or null outside any task. */
    public static Task<?> currentTask() {
        return RunningLoops.currentTaskOrNull();
    }

    /** The running loop's tasks that are not done, in creation order (asyncio's {@code all_tasks}). */
    public static List<Task<?>> allTasks() {
        return getRunningLoop().allTasks();
    }

    /** Seconds on the running loop's clock ({@code loop.time()}). */
    public static double time() {
        return getRunningLoop().time();
    }

    // ------------------------------------------------------------------ tasks

    /** Schedules {@code body} as a task of the running loop; it starts when the caller next yields. */
    public static <T> Task<T> createTask(Callable<T> body) {
        return getRunningLoop().createTask(body);
    }

    public static <T> Task<T> createTask(String name, Callable<T> body) {
        return getRunningLoop().createTask(name, body);
    }

    public static Task<Void> createTask(AsyncRunnable body) {
        return getRunningLoop().createTask(body);
    }

    public static Task<Void> createTask(String name, AsyncRunnable body) {
        return getRunningLoop().createTask(name, body);
    }

    /** Awaits {@code f} (same as {@code f.await()}). */
    public static <T> T await(AsyncFuture<T> f) {
        return f.await();
    }

    // ------------------------------------------------------------------ sleep

    /**
     * Suspends the calling task for {@code seconds} of loop time (seconds, as in asyncio:
     * {@code sleep(0.5)} is half a second, {@code sleep(500)} over eight minutes); other tasks
     * run meanwhile.
     * {@code sleep(0)} (or less) yields exactly once: the task goes to the back of the ready
     * queue, so ready tasks take turns round-robin in FIFO order. Cancelling the task makes
     * this throw {@link CancelledException}.
     */
    public static void sleep(double seconds) {
        Task<?> t = RunningLoops.requireTask("sleep()");
        if (!(seconds > 0)) {
            Suspension.yieldNow(t);
            return;
        }
        EventLoop loop = t.loop;
        AsyncFuture<Object> f = new AsyncFuture<>(loop, seconds);
        Handle h = loop.sleepTimer(f, loop.sleepSeconds(seconds));
        try {
            Suspension.awaitFuture(f, "sleep()");
        } finally {
            h.cancel();
        }
    }

    /** {@link #sleep(double)} with a Duration, e.g. {@code sleep(Duration.ofMillis(500))}. */
    public static void sleep(Duration d) {
        sleep(d.toNanos() / 1e9);
    }

    // ------------------------------------------------------------------ gather

    /**
     * asyncio's {@code gather}: a future of the results in argument order.
     * <ul>
     * <li>The first child that fails makes the gather fail at once with that exception; the
     * other children are <b>not</b> cancelled and keep running (their results stay readable in
     * their tasks).</li>
     * <li>A child that is cancelled makes the gather fail with {@link CancelledException}.</li>
     * <li>Cancelling the gather cancels every child still running; once they are all done the
     * gather is cancelled and awaiting it throws {@link CancelledException}.</li>
     * </ul>
     */
    @SafeVarargs
    public static <T> AsyncFuture<List<T>> gather(AsyncFuture<? extends T>... futures) {
        return Gathering.typed(getRunningLoop(), Arrays.asList(futures));
    }

    /** {@link #gather(AsyncFuture[])} of callables, each scheduled as a new task (in order). */
    @SafeVarargs
    public static <T> AsyncFuture<List<T>> gather(Callable<? extends T>... bodies) {
        EventLoop loop = getRunningLoop();
        List<AsyncFuture<? extends T>> tasks = new ArrayList<>(bodies.length);
        for (Callable<? extends T> b : bodies) tasks.add(loop.createTask(b));
        return Gathering.typed(loop, tasks);
    }

    /** {@link #gather(AsyncFuture[])} of a list of futures. */
    public static <T> AsyncFuture<List<T>> gather(List<? extends AsyncFuture<? extends T>> futures) {
        return Gathering.typed(getRunningLoop(), new ArrayList<>(futures));
    }

    /**
     * gather with asyncio's {@code return_exceptions}: with {@code true} nothing is thrown for the
     * children; a failed child's exception (a cancelled child's {@link CancelledException}) is
     * returned in its place in the list. Elements may be futures/tasks or callables (made into
     * tasks).
     */
    public static AsyncFuture<List<Object>> gather(List<?> awaitables, boolean returnExceptions) {
        EventLoop loop = getRunningLoop();
        List<AsyncFuture<?>> fs = new ArrayList<>(awaitables.size());
        for (Object o : awaitables) fs.add(toFuture(loop, o));
        return Gathering.of(loop, fs, returnExceptions);
    }

    @SuppressWarnings("unchecked")
    private static AsyncFuture<?> toFuture(EventLoop loop, Object o) {
        if (o instanceof AsyncFuture<?> f) return f;
        if (o instanceof Callable<?> c) return loop.createTask((Callable<Object>) c);
        if (o instanceof AsyncRunnable r) return loop.createTask(r);
        throw new IllegalArgumentException("gather() takes tasks, futures or callables, not " + o);
    }

    // ------------------------------------------------------------------ wait

    /**
     * asyncio's {@code wait}: waits until {@code returnWhen} is met or the timeout elapses, and
     * returns the {@link Done done and pending} sets. It never throws the futures' exceptions
     * (read them with {@link AsyncFuture#exception()}) and never cancels anything, not even on
     * timeout.
     *
     * <p><b>Units:</b> every timeout in this library can be given either as a {@code double} in
     * <em>seconds</em> (asyncio's unit: {@code 0.5} is half a second) or as a {@link Duration}
     * ({@code Duration.ofMillis(500)}). Here {@code timeout} is a Duration, null meaning none;
     * the overloads with {@code double timeoutSeconds} take seconds.
     *
     * <p>Case 11 (asyncio 3.11 rejects bare coroutines with "Passing coroutines is forbidden, use
     * tasks explicitly."): the Java twin accepts only futures and tasks in its signature, so
     * passing callables does not compile; a raw collection smuggling one in gets
     * {@link IllegalArgumentException} with the same words. An empty collection is an
     * {@link IllegalArgumentException} too, as in asyncio.
     *
     * <p>In JShell (and inside any class) an unqualified {@code wait(...)} call resolves to
     * {@link Object#wait()}: write {@code Async.wait(...)} or use the alias {@link #waitTasks}.
     */
    public static <F extends AsyncFuture<?>> Done<F> wait(Collection<F> futures, ReturnWhen returnWhen, Duration timeout) {
        return Waiting.wait(futures, returnWhen, seconds(timeout));
    }

    /** {@link #wait(Collection, ReturnWhen, Duration)} with the timeout in seconds ({@code 0.5} = half a second). */
    public static <F extends AsyncFuture<?>> Done<F> wait(Collection<F> futures, ReturnWhen returnWhen, double timeoutSeconds) {
        return Waiting.wait(futures, returnWhen, timeoutSeconds);
    }

    /** Waits for all of {@code futures}, without a timeout. */
    public static <F extends AsyncFuture<?>> Done<F> wait(Collection<F> futures) {
        return Waiting.wait(futures, ReturnWhen.ALL_COMPLETED, -1);
    }

    public static <F extends AsyncFuture<?>> Done<F> wait(Collection<F> futures, ReturnWhen returnWhen) {
        return Waiting.wait(futures, returnWhen, -1);
    }

    /** Waits for all of {@code futures} at most {@code timeout} (a Duration). */
    public static <F extends AsyncFuture<?>> Done<F> wait(Collection<F> futures, Duration timeout) {
        return Waiting.wait(futures, ReturnWhen.ALL_COMPLETED, seconds(timeout));
    }

    /** Waits for all of {@code futures} at most {@code timeoutSeconds} seconds. */
    public static <F extends AsyncFuture<?>> Done<F> wait(Collection<F> futures, double timeoutSeconds) {
        return Waiting.wait(futures, ReturnWhen.ALL_COMPLETED, timeoutSeconds);
    }

    /** Alias of {@link #wait(Collection, ReturnWhen, Duration)} that works unqualified in JShell; timeout a Duration. */
    public static <F extends AsyncFuture<?>> Done<F> waitTasks(Collection<F> futures, ReturnWhen returnWhen, Duration timeout) {
        return Waiting.wait(futures, returnWhen, seconds(timeout));
    }

    /** Alias of {@link #wait(Collection, ReturnWhen, double)}: timeout in seconds. */
    public static <F extends AsyncFuture<?>> Done<F> waitTasks(Collection<F> futures, ReturnWhen returnWhen, double timeoutSeconds) {
        return Waiting.wait(futures, returnWhen, timeoutSeconds);
    }

    public static <F extends AsyncFuture<?>> Done<F> waitTasks(Collection<F> futures) {
        return Waiting.wait(futures, ReturnWhen.ALL_COMPLETED, -1);
    }

    public static <F extends AsyncFuture<?>> Done<F> waitTasks(Collection<F> futures, ReturnWhen returnWhen) {
        return Waiting.wait(futures, returnWhen, -1);
    }

    /** Timeout a Duration. */
    public static <F extends AsyncFuture<?>> Done<F> waitTasks(Collection<F> futures, Duration timeout) {
        return Waiting.wait(futures, ReturnWhen.ALL_COMPLETED, seconds(timeout));
    }

    /** Timeout in seconds. */
    public static <F extends AsyncFuture<?>> Done<F> waitTasks(Collection<F> futures, double timeoutSeconds) {
        return Waiting.wait(futures, ReturnWhen.ALL_COMPLETED, timeoutSeconds);
    }

    /** A Duration as seconds; null (no timeout) as -1. */
    private static double seconds(Duration d) {
        return d == null ? -1 : d.toNanos() / 1e9;
    }

    // ------------------------------------------------------------------ timeouts

    /**
     * asyncio's {@code wait_for}: awaits {@code future}; if it is not done within
     * {@code timeout} (a Duration; null: no limit), cancels it, waits for it to finish being
     * cancelled, and throws {@link AsyncTimeoutException}. If the caller is cancelled meanwhile,
     * the future is cancelled too. (If the future swallows the cancellation and returns a value,
     * that value is returned, as in asyncio 3.11.)
     */
    public static <T> T waitFor(AsyncFuture<T> future, Duration timeout) {
        return Waiting.waitFor(future, seconds(timeout));
    }

    /** {@link #waitFor(AsyncFuture, Duration)} with the timeout in seconds ({@code 0.5} = half a second). */
    public static <T> T waitFor(AsyncFuture<T> future, double timeoutSeconds) {
        return Waiting.waitFor(future, timeoutSeconds);
    }

    /** {@link #waitFor(AsyncFuture, Duration)} of a callable made into a task; timeout a Duration. */
    public static <T> T waitFor(Callable<T> body, Duration timeout) {
        return waitFor(createTask(body), timeout);
    }

    /** {@link #waitFor(AsyncFuture, Duration)} of a callable made into a task; timeout in seconds. */
    public static <T> T waitFor(Callable<T> body, double timeoutSeconds) {
        return waitFor(createTask(body), timeoutSeconds);
    }

    /**
     * asyncio's {@code timeout}: a scope that interrupts its body at the deadline, {@code delay}
     * (a Duration; null: no deadline) from now.
     * <pre>{@code try (var t = timeout(Duration.ofMillis(10))) { sleep(1); }}</pre>
     * See {@link Timeout} for what is thrown where.
     */
    public static Timeout timeout(Duration delay) {
        return timeout(delay == null ? Double.NaN : delay.toNanos() / 1e9);
    }

    /** {@link #timeout(Duration)} in seconds ({@code timeout(0.01)}); {@code Double.NaN} means no deadline (asyncio's {@code None}). */
    public static Timeout timeout(double seconds) {
        Task<?> t = RunningLoops.requireTask("timeout()");
        return new Timeout(t, Double.isNaN(seconds) ? Double.NaN : t.loop.time() + Math.max(0, seconds));
    }

    /** asyncio's {@code timeout_at}: the deadline is a {@link EventLoop#time()} value (seconds on the loop's clock). */
    public static Timeout timeoutAt(double when) {
        Task<?> t = RunningLoops.requireTask("timeoutAt()");
        return new Timeout(t, when);
    }

    // ------------------------------------------------------------------ as_completed, shield

    /**
     * asyncio's {@code as_completed}: futures to await one by one, the first yielding the result
     * (or exception) of whichever input finishes first, and so on.
     * <pre>{@code for (var f : asCompleted(tasks)) System.out.println(f.await());}</pre>
     */
    public static <T> List<AsyncFuture<T>> asCompleted(Collection<? extends AsyncFuture<? extends T>> futures) {
        return Waiting.asCompleted(futures, -1);
    }

    /** With a timeout (a Duration): the futures not yet filled when it expires fail with {@link AsyncTimeoutException}. */
    public static <T> List<AsyncFuture<T>> asCompleted(Collection<? extends AsyncFuture<? extends T>> futures, Duration timeout) {
        return Waiting.asCompleted(futures, seconds(timeout));
    }

    /** With a timeout in seconds: see {@link #asCompleted(Collection, Duration)}. */
    public static <T> List<AsyncFuture<T>> asCompleted(Collection<? extends AsyncFuture<? extends T>> futures, double timeoutSeconds) {
        return Waiting.asCompleted(futures, timeoutSeconds);
    }

    /** asCompleted of callables, each made into a task. */
    @SafeVarargs
    public static <T> List<AsyncFuture<T>> asCompleted(Callable<? extends T>... bodies) {
        EventLoop loop = getRunningLoop();
        List<AsyncFuture<? extends T>> tasks = new ArrayList<>();
        for (Callable<? extends T> b : bodies) tasks.add(loop.createTask(b));
        return Waiting.asCompleted(tasks, -1);
    }

    /**
     * asyncio's {@code shield}: a future that follows {@code inner}, except that cancelling it
     * (for example because the task awaiting it is cancelled) does not cancel {@code inner},
     * which keeps running and can still be awaited.
     */
    public static <T> AsyncFuture<T> shield(AsyncFuture<T> inner) {
        return Waiting.shield(inner);
    }

    // ------------------------------------------------------------------ task groups

    /**
     * A {@link TaskGroup} for try-with-resources:
     * {@code try (var tg = taskGroup()) { tg.createTask(...); }}. See {@link TaskGroup} for what
     * Java's try-with-resources can and cannot do here; {@link #taskGroup(TaskGroup.Body)} is
     * the exact twin of {@code async with TaskGroup()}.
     */
    public static TaskGroup taskGroup() {
        return new TaskGroup(RunningLoops.requireTask("taskGroup()"), false);
    }

    /** Runs {@code body} with a new task group and waits for all its tasks: see {@link TaskGroup}. */
    public static void taskGroup(TaskGroup.Body body) {
        TaskGroup.runWith(RunningLoops.requireTask("taskGroup()"), body);
    }

    // ------------------------------------------------------------------ executors

    /**
     * asyncio's {@code to_thread}: runs {@code fn} on the loop's default executor (platform
     * threads, {@code min(32, cores + 4)}) and returns a future of its result, which the task
     * can await while the loop keeps serving other tasks. Java difference: the work starts at
     * once (like {@code run_in_executor}), not when first awaited.
     */
    public static <T> AsyncFuture<T> toThread(Callable<T> fn) {
        return getRunningLoop().runInExecutor(null, fn);
    }

    /** {@link #toThread(Callable)} for work without a result. */
    public static AsyncFuture<Void> toThread(AsyncRunnable fn) {
        return toThread(() -> {
            fn.run();
            return null;
        });
    }

    /** asyncio's {@code loop.run_in_executor}: {@code executor} null means the default pool. */
    public static <T> AsyncFuture<T> runInExecutor(Executor executor, Callable<T> fn) {
        return getRunningLoop().runInExecutor(executor, fn);
    }

}
