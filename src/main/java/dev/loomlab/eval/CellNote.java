package dev.loomlab.eval;

import dev.loomlab.display.MimeBundle;
import java.util.Map;

/** A quiet note under a cell's output (small and grey in a notebook, plain in a console). */
final class CellNote {
    private CellNote() {}

    static MimeBundle of(String text) {
        String html = "<div style=\"color: gray; font-size: 0.85em\">" + text.replace("&", "&amp;")
                .replace("<", "&lt;").replace(">", "&gt;") + "</div>";
        return MimeBundle.of(Map.of("text/plain", text, "text/html", html));
    }
}
