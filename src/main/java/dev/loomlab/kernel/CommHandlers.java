package dev.loomlab.kernel;

import dev.loomlab.log.KernelLog;
import dev.loomlab.wire.Json;
import dev.loomlab.wire.Message;
import java.util.Map;

/**
 * comm_info_request, comm_open, comm_msg and comm_close. Loomlab serves no comm targets yet
 * (no widgets), so every comm_open is answered with comm_close, as the protocol asks, and the
 * frontend does not wait on a comm nobody serves; no comm is ever open.
 */
final class CommHandlers {

    void register(Dispatcher dispatcher) {
        dispatcher.on("comm_info_request", Requests.None.class, Dispatcher.Runs.WHERE_READ, (content, request, replies) ->
                        replies.reply(Json.obj("status", "ok", "comms", Map.of())))
                .on("comm_open", Requests.CommOpen.class, Dispatcher.Runs.WHERE_READ, this::open)
                .on("comm_msg", Requests.CommMessage.class, Dispatcher.Runs.WHERE_READ, (content, request, replies) -> { })
                .on("comm_close", Requests.CommMessage.class, Dispatcher.Runs.WHERE_READ, (content, request, replies) -> { });
    }

    private void open(Requests.CommOpen content, Message request, Replies replies) {
        String commId = content.commId();
        KernelLog.warn("no comm target named '" + content.targetName() + "'; closing comm " + commId);
        replies.publish("comm_close", Json.obj("comm_id", commId, "data", Map.of()));
    }
}
