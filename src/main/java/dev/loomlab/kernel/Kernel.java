package dev.loomlab.kernel;

import dev.loomlab.eval.Interpreter;
import dev.loomlab.history.History;
import dev.loomlab.kernel.Dispatcher.Runs;
import dev.loomlab.wire.Channel;
import dev.loomlab.wire.Json;
import dev.loomlab.wire.Message;
import dev.loomlab.wire.Transport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The kernel: a shell thread, an execution thread and a control thread. The shell thread
 * answers every shell request at once except execute_request, which it queues for the
 * execution thread, so completion, inspection and kernel_info are answered while a cell runs.
 * Control is served on its own thread, which is how interrupt and shutdown reach a busy
 * kernel. {@link #run()} returns after a shutdown_request.
 */
public final class Kernel {
    private static final Duration POLL = Duration.ofMillis(200);
    /** How long an abort waits for the shell thread to take in the requests already sent. */
    private static final Duration CATCH_UP_LIMIT = Duration.ofSeconds(1);

    private final Transport transport;
    private final Interpreter interpreter;
    private final Dispatcher dispatcher;
    private final ExecuteHandler execute;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final BlockingQueue<Message> executions = new LinkedBlockingQueue<>();
    private final AtomicReference<CountDownLatch> shellCatchUp = new AtomicReference<>();
    private volatile boolean running = true;

    /** A kernel whose history lives in memory only. */
    public Kernel(Transport transport, Interpreter interpreter) {
        this(transport, interpreter, History.inMemory());
    }

    public Kernel(Transport transport, Interpreter interpreter, History history) {
        this.transport = transport;
        this.interpreter = interpreter;
        this.dispatcher = new Dispatcher(transport, UUID.randomUUID().toString());
        this.execute = new ExecuteHandler(interpreter, new ExecutionCounter(), history, this::takeQueuedForAbort);
        // The table of requests: content, thread, handler.
        dispatcher.on("execute_request", Requests.Execute.class, Runs.ON_EXECUTE_THREAD, execute)
                .on("kernel_info_request", Requests.None.class, Runs.WHERE_READ,
                        new KernelInfoHandler(interpreter.languageVersion()))
                .on("complete_request", Requests.Complete.class, Runs.WHERE_READ, new CompleteHandler(interpreter))
                .on("inspect_request", Requests.Inspect.class, Runs.WHERE_READ, new InspectHandler(interpreter))
                .on("is_complete_request", Requests.IsComplete.class, Runs.WHERE_READ,
                        new IsCompleteHandler(interpreter))
                .on("history_request", Requests.History.class, Runs.WHERE_READ, new HistoryHandler(history))
                .on("interrupt_request", Requests.None.class, Runs.WHERE_READ, this::interrupt)
                .on("shutdown_request", Requests.Shutdown.class, Runs.WHERE_READ, this::shutdown);
        new CommHandlers().register(dispatcher);
    }

    /**
     * Serves requests until shutdown. A restart is the frontend's job (it starts a new
     * process), so the request's restart flag is only echoed in the reply.
     */
    public void run() throws InterruptedException {
        Thread control = Thread.ofPlatform().name("loomlab-control").start(() -> serve(Channel.CONTROL));
        Thread shell = Thread.ofPlatform().name("loomlab-shell").start(() -> serve(Channel.SHELL));
        Thread executor = Thread.ofPlatform().name("loomlab-execute").start(this::executeQueued);
        stopped.await();
        shell.join(2000);
        control.join(2000);
        executor.join(2000);
        interpreter.close();
        transport.close();
    }

    private void serve(Channel channel) {
        while (running) {
            Message request = transport.receive(channel, POLL);
            if (request != null) route(channel, request);
            if (channel == Channel.SHELL) catchUpIfAsked();
        }
    }

    private void route(Channel channel, Message request) {
        if (channel == Channel.SHELL && dispatcher.runsOnExecuteThread(request)) {
            executions.add(request);
        } else {
            dispatcher.dispatch(channel, request);
        }
    }

    /** Takes in every shell request already waiting on the wire, when an abort asked for it. */
    private void catchUpIfAsked() {
        CountDownLatch asked = shellCatchUp.getAndSet(null);
        if (asked == null) return;
        Message waiting;
        while ((waiting = transport.receive(Channel.SHELL, Duration.ZERO)) != null) route(Channel.SHELL, waiting);
        asked.countDown();
    }

    private void executeQueued() {
        while (running) {
            Message request;
            try {
                request = executions.poll(POLL.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (request == null) continue;
            dispatcher.dispatch(Channel.SHELL, request);
        }
    }

    /**
     * stop_on_error: takes the executes already waiting behind a failed cell off the queue and
     * returns what answers each "aborted" (sent after the failed cell's own reply). "Waiting"
     * includes requests the frontend sent that the shell thread has not read yet (Run All sends
     * every cell at once, and a cell can fail faster than they are read), so the shell thread
     * is first asked to read what is on the wire, as ipykernel flushes its shell stream.
     */
    private Runnable takeQueuedForAbort() {
        CountDownLatch caughtUp = new CountDownLatch(1);
        shellCatchUp.set(caughtUp);
        transport.wakeReceiver(Channel.SHELL);
        try {
            caughtUp.await(CATCH_UP_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<Message> queued = new ArrayList<>();
        executions.drainTo(queued);
        return () -> queued.forEach(request -> dispatcher.abort(Channel.SHELL, request));
    }

    private void interrupt(Requests.None content, Message request, Replies replies) {
        execute.interrupt();
        replies.reply(Json.obj("status", "ok"));
    }

    private void shutdown(Requests.Shutdown content, Message request, Replies replies) {
        boolean restart = content.restart();
        execute.interrupt();
        replies.reply(Json.obj("status", "ok", "restart", restart));
        running = false;
        stopped.countDown();
    }
}
