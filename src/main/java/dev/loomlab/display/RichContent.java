package dev.loomlab.display;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Text that is already in a rich format (HTML, Markdown, SVG, LaTeX), as returned by
 * {@code html(...)}, {@code markdown(...)} and friends. It carries a text/plain fallback so
 * that logs and plain-text exports (CI) still show something readable.
 */
public record RichContent(String mimeType, String content, String plainFallback) implements Displayable {

    @Override
    public MimeBundle toMimeBundle() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(mimeType, content);
        data.put(MimeTypes.PLAIN, plainFallback);
        return MimeBundle.of(data);
    }

    @Override
    public String toString() {
        return plainFallback;
    }
}
