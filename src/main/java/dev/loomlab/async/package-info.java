/**
 * Python asyncio's vocabulary on Java 21 virtual threads, faithfully: an event loop that runs
 * one task at a time and switches only where a task awaits. Start with {@link dev.loomlab.async.Async}
 * ({@code import static dev.loomlab.async.Async.*;}). This package depends on nothing else of
 * the project.
 *
 * <h2>Model</h2>
 * Each {@link dev.loomlab.async.Task} runs on its own virtual thread, but only while it holds
 * its {@link dev.loomlab.async.EventLoop loop}'s turn. Awaiting ({@code sleep}, {@code await()}
 * of a task or future, queue get/put, lock, event, semaphore) hands the turn on: the awaiting
 * thread runs the loop's scheduling step itself (ready callbacks in FIFO batches, due timers,
 * thread-safe callbacks) and unparks the next task. Blocking Java calls inside a task block
 * the loop, as blocking calls in a coroutine do in Python; move them to
 * {@link dev.loomlab.async.Async#toThread}.
 *
 * <h2>Where Java differs from asyncio, and why</h2>
 * <ul>
 * <li>{@link dev.loomlab.async.CancelledException} is a RuntimeException (Java has no
 * BaseException): {@code catch (Exception e)} catches it; the loop warns when a task swallows
 * its cancellation.</li>
 * <li>try-with-resources cannot replace the exception leaving its block: a
 * {@link dev.loomlab.async.Timeout} scope makes the pending await throw
 * {@link dev.loomlab.async.AsyncTimeoutException} directly; a try-with-resources
 * {@link dev.loomlab.async.TaskGroup} interrupts its body with the group's exception and cannot
 * see the body's own exceptions; {@code taskGroup(tg -> ...)} is the exact twin.</li>
 * <li>{@code wait} must be written {@code Async.wait(...)} (or {@code waitTasks(...)}) because an
 * unqualified {@code wait} means {@link Object#wait()} inside any class, JShell's included.</li>
 * <li>Callables are not coroutines: {@code createTask}, {@code gather(callables)} and
 * {@code toThread} schedule work at once; {@code wait} accepts only futures (case 11).</li>
 * <li>"Task was destroyed but it is pending" and "Task exception was never retrieved" are
 * reported when the loop is closed, not at garbage collection; a long-lived loop reports
 * never-retrieved exceptions of collected tasks when asked
 * ({@link dev.loomlab.async.EventLoop#reportCollectedFailures()}: the kernel asks at the end of
 * each cell).</li>
 * </ul>
 *
 * <h2>Driving a loop from outside</h2>
 * A notebook kernel keeps one {@link dev.loomlab.async.EventLoop} per session, driven by a
 * thread of its own, and runs each cell as a task on it; tasks a cell leaves running go on
 * between cells. {@link dev.loomlab.async.EventLoop#allTasks()},
 * {@link dev.loomlab.async.Task#state()} and {@link dev.loomlab.async.Task#awaiting()} describe
 * them; {@link dev.loomlab.async.EventLoop#startRecording()} records a
 * {@link dev.loomlab.async.Timeline} of who ran when.
 *
 * <h2>Races made visible</h2>
 * {@link dev.loomlab.async.Explorer} ({@code explore(n, () -> ...)}) runs a block under every
 * schedule the loop leaves open (or a seeded sample) and reports each distinct outcome with a
 * seed that replays it and its timeline; an ordinary loop never consults it and keeps
 * asyncio's order. {@link dev.loomlab.async.ThreadRace} asks the same of threads.
 */
package dev.loomlab.async;
