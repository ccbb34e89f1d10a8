package dev.loomlab.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One Jupyter message: the routing identities it came with (echoed back on replies), its
 * header, the header of the request it answers, metadata, content and binary buffers.
 */
public record Message(List<byte[]> identities, ObjectNode header, ObjectNode parentHeader,
                      ObjectNode metadata, ObjectNode content, List<byte[]> buffers) {

    public static final String PROTOCOL_VERSION = "5.4";

    public Message {
        identities = List.copyOf(identities);
        buffers = List.copyOf(buffers);
    }

    public String type() {
        return header.path("msg_type").asText("");
    }

    public String id() {
        return header.path("msg_id").asText("");
    }

    public String session() {
        return header.path("session").asText("");
    }

    /** A reply or broadcast caused by {@code parent} (which may be null for an unprompted message). */
    public static Message create(String session, String msgType, Message parent, ObjectNode content) {
        ObjectNode header = Json.obj(
                "msg_id", UUID.randomUUID().toString(),
                "session", session,
                "username", "loomlab",
                "date", Instant.now().toString(),
                "msg_type", msgType,
                "version", PROTOCOL_VERSION);
        ObjectNode parentHeader = parent == null ? Json.MAPPER.createObjectNode() : parent.header.deepCopy();
        List<byte[]> ids = parent == null ? List.of() : parent.identities;
        return new Message(ids, header, parentHeader, Json.MAPPER.createObjectNode(), content, List.of());
    }

    public Message withIdentities(List<byte[]> ids) {
        return new Message(ids, header, parentHeader, metadata, content, buffers);
    }

    public String text(String field, String fallback) {
        JsonNode node = content.get(field);
        return node != null && node.isTextual() ? node.asText() : fallback;
    }

    public boolean flag(String field, boolean fallback) {
        JsonNode node = content.get(field);
        return node != null && node.isBoolean() ? node.asBoolean() : fallback;
    }

    public int number(String field, int fallback) {
        JsonNode node = content.get(field);
        return node != null && node.canConvertToInt() && node.isIntegralNumber() ? node.asInt() : fallback;
    }
}
