package dev.loomlab.kernel;

import dev.loomlab.wire.Channel;
import dev.loomlab.wire.Json;
import dev.loomlab.wire.Message;
import dev.loomlab.wire.Transport;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Routes each request to the handler of its msg_type and wraps it in iopub
 * {@code status: busy} / {@code idle} with the request as parent, as the protocol requires
 * for every request. A request whose fields have the wrong types gets an error reply and
 * never reaches its handler; a handler that throws is logged; the frontend still gets its idle.
 */
public final class Dispatcher {
    private final Transport transport;
    private final String session;
    private final Map<String, RequestHandler> handlers = new ConcurrentHashMap<>();

    public Dispatcher(Transport transport, String session) {
        this.transport = transport;
        this.session = session;
    }

    public Dispatcher on(String msgType, RequestHandler handler) {
        handlers.put(msgType, handler);
        return this;
    }

    public void dispatch(Channel channel, Message request) {
        Replies replies = new Replies(transport, session, channel, request);
        replies.publish("status", Json.obj("execution_state", "busy"));
        try {
            RequestHandler handler = handlers.get(request.type());
            String problem = handler == null ? null : RequestValidator.problem(request);
            if (problem != null) {
                KernelLog.warn("rejected a malformed request: " + problem);
                if (request.type().endsWith("_request")) {
                    replies.reply(Json.obj("status", "error", "ename", "InvalidRequest", "evalue", problem,
                            "traceback", List.of("InvalidRequest: " + problem)));
                }
            } else if (handler == null) {
                KernelLog.warn("ignoring a message of unknown type '" + request.type() + "' on " + channel);
            } else {
                handler.handle(request, replies);
            }
        } catch (RuntimeException | Error e) {
            KernelLog.warn("handler for " + request.type() + " failed: " + e);
        } finally {
            replies.publish("status", Json.obj("execution_state", "idle"));
        }
    }

    public String session() {
        return session;
    }
}
