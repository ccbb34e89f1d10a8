package dev.loomlab.wire;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The one Jackson mapper of the kernel, and a shorthand for building JSON objects. */
public final class Json {
    /** Cells and comm payloads may be large; Jackson's default 20 M-character string cap is lifted. */
    private static final int MAX_STRING_CHARS = 512 * 1024 * 1024;

    public static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_STRING_CHARS).build())
            .build())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private Json() {}

    /** An object from alternating keys and values; values go through Jackson's conversion. */
    public static ObjectNode obj(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) throw new IllegalArgumentException("keys and values must pair up");
        ObjectNode node = MAPPER.createObjectNode();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            node.set((String) keysAndValues[i], toNode(keysAndValues[i + 1]));
        }
        return node;
    }

    public static JsonNode toNode(Object value) {
        return value instanceof JsonNode n ? n : MAPPER.valueToTree(value);
    }
}
