package dev.loomlab.kernel;

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
        dispatcher.on("comm_info_request", (request, replies) ->
                        replies.reply(Json.obj("status", "ok", "comms", Map.of())))
                .on("comm_open", this::open)
                .on("comm_msg", (request, replies) -> { })
                .on("comm_close", (request, replies) -> { });
    }

    private void open(Message request, Replies replies) {
        String commId = request.text("comm_id", "");
        KernelLog.warn("no comm target named '" + request.text("target_name", "") + "'; closing comm " + commId);
        replies.publish("comm_close", Json.obj("comm_id", commId, "data", Map.of()));
    }
}
