package dev.loomlab.display;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One output as Jupyter sees it: the same value in several MIME types ({@code data}) plus
 * per-type {@code metadata}. Values are Strings, or JSON-able Maps/Lists for JSON types.
 */
public record MimeBundle(Map<String, Object> data, Map<String, Object> metadata) {

    public MimeBundle {
        data = Map.copyOf(new LinkedHashMap<>(data));
        metadata = Map.copyOf(new LinkedHashMap<>(metadata));
    }

    public static MimeBundle text(String plain) {
        return new MimeBundle(Map.of(MimeTypes.PLAIN, plain), Map.of());
    }

    public static MimeBundle of(Map<String, Object> data) {
        return new MimeBundle(data, Map.of());
    }
}
