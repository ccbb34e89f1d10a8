package dev.loomlab.kernel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import dev.loomlab.wire.Message;
import java.util.Map;

/**
 * Checks the content of a request against the field types the protocol gives, before any
 * handler sees it. A field of the wrong type (a number for "code", a string for "silent")
 * gets a clear error reply instead of being guessed at.
 */
final class RequestValidator {

    private enum Type { STRING, BOOLEAN, INTEGER, OBJECT }

    private record Field(String name, Type type, boolean required) {}

    private static final Map<String, Field[]> FIELDS = Map.of(
            "execute_request", new Field[] {
                    new Field("code", Type.STRING, true), new Field("silent", Type.BOOLEAN, false),
                    new Field("store_history", Type.BOOLEAN, false), new Field("allow_stdin", Type.BOOLEAN, false),
                    new Field("stop_on_error", Type.BOOLEAN, false), new Field("user_expressions", Type.OBJECT, false)},
            "complete_request", new Field[] {
                    new Field("code", Type.STRING, true), new Field("cursor_pos", Type.INTEGER, false)},
            "inspect_request", new Field[] {
                    new Field("code", Type.STRING, true), new Field("cursor_pos", Type.INTEGER, false),
                    new Field("detail_level", Type.INTEGER, false)},
            "is_complete_request", new Field[] {new Field("code", Type.STRING, true)},
            "history_request", new Field[] {
                    new Field("hist_access_type", Type.STRING, false), new Field("n", Type.INTEGER, false),
                    new Field("session", Type.INTEGER, false), new Field("start", Type.INTEGER, false),
                    new Field("stop", Type.INTEGER, false), new Field("pattern", Type.STRING, false),
                    new Field("output", Type.BOOLEAN, false), new Field("unique", Type.BOOLEAN, false)},
            "comm_open", new Field[] {new Field("comm_id", Type.STRING, true), new Field("target_name", Type.STRING, true)},
            "comm_msg", new Field[] {new Field("comm_id", Type.STRING, true)},
            "comm_close", new Field[] {new Field("comm_id", Type.STRING, true)},
            "shutdown_request", new Field[] {new Field("restart", Type.BOOLEAN, false)});

    private RequestValidator() {}

    /** Null when the request is well-formed; otherwise what is wrong, in one sentence. */
    static String problem(Message request) {
        Field[] fields = FIELDS.get(request.type());
        if (fields == null) return null;
        for (Field field : fields) {
            JsonNode value = request.content().get(field.name());
            if (value == null || value.isNull()) {
                if (field.required()) return request.type() + " needs a \"" + field.name() + "\" field";
                continue;
            }
            if (!matches(value, field.type())) {
                return request.type() + ": \"" + field.name() + "\" must be " + article(field.type())
                        + ", not " + describe(value.getNodeType());
            }
        }
        return null;
    }

    private static boolean matches(JsonNode value, Type type) {
        return switch (type) {
            case STRING -> value.isTextual();
            case BOOLEAN -> value.isBoolean();
            case INTEGER -> value.isIntegralNumber() && value.canConvertToInt();
            case OBJECT -> value.isObject();
        };
    }

    private static String article(Type type) {
        return switch (type) {
            case STRING -> "a string";
            case BOOLEAN -> "true or false";
            case INTEGER -> "a whole number";
            case OBJECT -> "an object";
        };
    }

    private static String describe(JsonNodeType type) {
        return switch (type) {
            case STRING -> "a string";
            case BOOLEAN -> "a boolean";
            case NUMBER -> "a number";
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            default -> type.name().toLowerCase();
        };
    }
}
