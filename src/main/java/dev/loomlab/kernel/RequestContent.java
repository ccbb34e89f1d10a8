package dev.loomlab.kernel;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.loomlab.wire.Message;

/**
 * Reads a request's content into its record in {@link Requests}, as strictly as the protocol
 * types its fields: a number for "code" or a string for "silent" is an error the frontend is
 * told about in one sentence, never a value guessed at.
 */
final class RequestContent {

    /** What is wrong with a request's content, said for the user. */
    static final class Invalid extends Exception {
        Invalid(String problem) {
            super(problem, null, false, false);
        }
    }

    private static final ObjectMapper STRICT = strictMapper();

    private RequestContent() {}

    static <T> T read(Message request, Class<T> type) throws Invalid {
        ObjectNode content = request.content().deepCopy();
        content.properties().removeIf(field -> field.getValue().isNull()); // null means "not given"
        try {
            return STRICT.treeToValue(content, type);
        } catch (MismatchedInputException e) {
            throw new Invalid(describe(request, content, e));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new Invalid(request.type() + ": " + e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            throw new Invalid(request.type() + ": " + e.getMessage());
        }
    }

    private static String describe(Message request, ObjectNode content, MismatchedInputException e) {
        String field = e.getPath().isEmpty() ? null : e.getPath().get(0).getFieldName();
        String missing = missingProperty(e.getOriginalMessage());
        if (missing != null) return request.type() + " needs a \"" + missing + "\" field";
        if (field == null) return request.type() + ": " + e.getOriginalMessage();
        return request.type() + ": \"" + field + "\" must be " + expected(e.getTargetType())
                + ", not " + describe(content.get(field));
    }

    private static String missingProperty(String message) {
        String marker = "Missing required creator property '";
        int at = message == null ? -1 : message.indexOf(marker);
        if (at < 0) return null;
        int end = message.indexOf('\'', at + marker.length());
        return end < 0 ? null : message.substring(at + marker.length(), end);
    }

    private static String expected(Class<?> target) {
        if (target == null) return "of another type";
        if (target == String.class) return "a string";
        if (target == Boolean.class || target == boolean.class) return "true or false";
        if (target == Integer.class || target == int.class) return "a whole number";
        return "an object";
    }

    private static String describe(JsonNode value) {
        if (value == null) return "missing";
        return switch (value.getNodeType()) {
            case STRING -> "a string";
            case BOOLEAN -> "a boolean";
            case NUMBER -> "a number";
            case ARRAY -> "a list";
            case OBJECT, POJO -> "an object";
            default -> String.valueOf(value.getNodeType()).toLowerCase();
        };
    }

    private static ObjectMapper strictMapper() {
        JsonMapper mapper = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) // fields of later protocol versions
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .build();
        for (LogicalType scalar : new LogicalType[] {LogicalType.Textual, LogicalType.Boolean, LogicalType.Integer}) {
            for (CoercionInputShape shape : CoercionInputShape.values()) {
                mapper.coercionConfigFor(scalar).setCoercion(shape, CoercionAction.Fail);
            }
        }
        return mapper;
    }
}
