package dev.loomlab.kernel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loomlab.wire.Json;
import dev.loomlab.wire.Message;
import java.util.Map;

/** comm_info_request, comm_open, comm_msg and comm_close, all backed by one {@link CommRegistry}. */
final class CommHandlers {
    private final CommRegistry registry;

    CommHandlers(CommRegistry registry) {
        this.registry = registry;
    }

    void register(Dispatcher dispatcher) {
        dispatcher.on("comm_info_request", this::info)
                .on("comm_open", this::open)
                .on("comm_msg", (request, replies) ->
                        registry.message(request.text("comm_id", ""), data(request)))
                .on("comm_close", (request, replies) ->
                        registry.close(request.text("comm_id", ""), data(request)));
    }

    private void info(Message request, Replies replies) {
        ObjectNode comms = Json.MAPPER.createObjectNode();
        for (Map.Entry<String, String> comm : registry.openComms(request.text("target_name", null)).entrySet()) {
            comms.set(comm.getKey(), Json.obj("target_name", comm.getValue()));
        }
        replies.reply(Json.obj("status", "ok", "comms", comms));
    }

    private void open(Message request, Replies replies) {
        String commId = request.text("comm_id", "");
        String target = request.text("target_name", "");
        if (!registry.open(commId, target, data(request))) {
            KernelLog.warn("no comm target named '" + target + "'; closing comm " + commId);
            replies.publish("comm_close", Json.obj("comm_id", commId, "data", Map.of()));
        }
    }

    private static JsonNode data(Message request) {
        JsonNode data = request.content().get("data");
        return data != null ? data : Json.MAPPER.createObjectNode();
    }
}
