/**
 * Loomlab: a Jupyter kernel for Java (JShell) with an asyncio-style library for teaching
 * concurrency. {@link dev.loomlab.Main} reads the connection file and the settings, builds the
 * interpreter chain and starts the {@link dev.loomlab.kernel.Kernel}.
 *
 * <h2>Packages, from the wire inwards</h2>
 * <ul>
 * <li>{@code wire}: ZeroMQ sockets, message framing and signing; knows nothing of the rest.</li>
 * <li>{@code kernel}: the Jupyter protocol: one handler per message type, replies, the
 * execution counter; sees the engine only through {@code eval.Interpreter}.</li>
 * <li>{@code magic}: %-magics, an {@code Interpreter} in front of the engine
 * ({@code magic.maven}: what %maven needs).</li>
 * <li>{@code eval}: the JShell engine and the interpreters around it; {@code eval.exec} runs a
 * snippet's code and stops it, {@code eval.loop} is the session's event loop, {@code eval.io}
 * routes System.out/err/in to the right cell, {@code eval.slips} spots students' slips.</li>
 * <li>{@code display}: what cells show (MIME bundles, timelines) and {@code display.live},
 * views that update while a cell runs.</li>
 * <li>{@code async}: the asyncio vocabulary on virtual threads; depends on nothing else here.</li>
 * <li>{@code quiz}: quiz cells; {@code history}: the SQLite history of cells;
 * {@code log}: the kernel's own log, on the original stderr.</li>
 * </ul>
 *
 * <h2>Threads, and what runs on each</h2>
 * <ul>
 * <li>{@code loomlab-shell}: reads the shell socket; answers kernel_info, complete, inspect,
 * is_complete, history and comm requests itself, at once, even while a cell runs; queues
 * execute_request for the execute thread.</li>
 * <li>{@code loomlab-control}: reads the control socket: interrupt and shutdown reach a busy
 * kernel here.</li>
 * <li>{@code loomlab-execute}: runs the queued execute_requests one at a time, in order
 * (magics, JShell's compile of each snippet, user_expressions), and aborts those queued behind
 * a failed cell.</li>
 * <li>{@code loomlab-iopub} and {@code loomlab-heartbeat}: send what cells publish, in order;
 * echo heartbeats.</li>
 * <li>{@code loomlab-loop}: drives the session's event loop (eval.loop.SessionLoop), so tasks
 * a cell leaves running go on between cells.</li>
 * <li>a cell's main task ({@code loomlab-task}, virtual): runs each snippet's user code, which
 * JShell's execution control (eval.exec) hands it from the execute thread, while the execute
 * thread waits; every task a cell creates runs on a {@code loomlab-task} virtual thread of the
 * same loop.</li>
 * <li>{@code loomlab-executor-N}: the loop's default pool for {@code toThread} and
 * {@code runInExecutor}.</li>
 * <li>helpers: {@code loomlab-jshell-start} and {@code loomlab-session-startup} (building
 * JShell and running startup scripts while the kernel already answers),
 * {@code loomlab-warm-up} (compiling while idle), {@code loomlab-output-flusher},
 * {@code loomlab-cell-timeout} (LOOMLAB_TIMEOUT), {@code loomlab-live-views},
 * {@code loomlab-maven} (downloads), {@code loomlab-parent-watch} (exits when Jupyter dies),
 * {@code loomlab-history-open}, {@code loomlab-shutdown-notice}.</li>
 * </ul>
 */
package dev.loomlab;
