package dev.loomlab.kernel;

import dev.loomlab.log.KernelLog;
import dev.loomlab.wire.Channel;
import dev.loomlab.wire.Json;
import dev.loomlab.wire.Message;
import dev.loomlab.wire.Transport;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The kernel's table of message types: for each, its content record, the thread it runs on
 * (as xeus's handler table carries whether a handler may block) and its handler. Dispatching
 * wraps every request in iopub {@code status: busy} / {@code idle} with the request as parent,
 * as the protocol requires. A request whose fields have the wrong types gets an error reply
 * and never reaches its handler; a handler that throws is logged; the frontend still gets its
 * idle.
 */
public final class Dispatcher {

    /** Where a request is handled. */
    public enum Runs {
        /** on the thread that read it (shell or control): answers at once, even while a cell runs */
        WHERE_READ,
        /** on the execute thread, one after another in the order they came */
        ON_EXECUTE_THREAD
    }

    private record Entry<T>(Class<T> content, Runs runs, RequestHandler<T> handler) {}

    private final Transport transport;
    private final String session;
    private final Map<String, Entry<?>> table = new ConcurrentHashMap<>();

    public Dispatcher(Transport transport, String session) {
        this.transport = transport;
        this.session = session;
    }

    public <T> Dispatcher on(String msgType, Class<T> content, Runs runs, RequestHandler<T> handler) {
        table.put(msgType, new Entry<>(content, runs, handler));
        return this;
    }

    /** Whether this request waits its turn on the execute thread. */
    public boolean runsOnExecuteThread(Message request) {
        Entry<?> entry = table.get(request.type());
        return entry != null && entry.runs() == Runs.ON_EXECUTE_THREAD;
    }

    public void dispatch(Channel channel, Message request) {
        Replies replies = new Replies(transport, session, channel, request);
        replies.publish("status", Json.obj("execution_state", "busy"));
        try {
            Entry<?> entry = table.get(request.type());
            if (entry == null) {
                KernelLog.warn("ignoring a message of unknown type '" + request.type() + "' on " + channel);
            } else {
                handle(entry, request, replies);
            }
        } catch (RuntimeException | Error e) {
            KernelLog.warn("handler for " + request.type() + " failed: " + e);
        } finally {
            replies.publish("status", Json.obj("execution_state", "idle"));
        }
    }

    /** Answers a request "aborted" without running it (stop_on_error), busy and idle around it. */
    public void abort(Channel channel, Message request) {
        Replies replies = new Replies(transport, session, channel, request);
        replies.publish("status", Json.obj("execution_state", "busy"));
        replies.reply(Json.obj("status", "aborted"));
        replies.publish("status", Json.obj("execution_state", "idle"));
    }

    private static <T> void handle(Entry<T> entry, Message request, Replies replies) {
        T content;
        try {
            content = RequestContent.read(request, entry.content());
        } catch (RequestContent.Invalid invalid) {
            String problem = invalid.getMessage();
            KernelLog.warn("rejected a malformed request: " + problem);
            if (request.type().endsWith("_request")) {
                replies.reply(Json.obj("status", "error", "ename", "InvalidRequest", "evalue", problem,
                        "traceback", List.of("InvalidRequest: " + problem)));
            }
            return;
        }
        entry.handler().handle(content, request, replies);
    }

    public String session() {
        return session;
    }
}
