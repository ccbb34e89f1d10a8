package dev.loomlab.eval;

import dev.loomlab.display.CellContext;
import dev.loomlab.display.MimeBundle;
import dev.loomlab.display.MimeTypes;
import java.util.Map;

/** A quiet note under a cell's output (small and grey in a notebook, plain in a console). */
public final class CellNote {
    private CellNote() {}

    static MimeBundle of(String text) {
        String html = "<div style=\"color: gray; font-size: 0.85em\">" + escape(text) + "</div>";
        return MimeBundle.of(Map.of(MimeTypes.PLAIN, text, MimeTypes.HTML, html));
    }

    /** A warning with its stack trace kept as written (amber, so it is not mistaken for output). */
    static MimeBundle warning(String text) {
        String html = "<pre style=\"color: #8a5a00; font-size: 0.85em; margin: 0\">" + escape(text) + "</pre>";
        return MimeBundle.of(Map.of(MimeTypes.PLAIN, text, MimeTypes.HTML, html));
    }

    /**
     * Shows an event loop's warning ("Task exception was never retrieved", ...) under the cell
     * the calling thread belongs to. The kernel sends loop warnings here rather than to stderr:
     * nbgrader gives no points to a test cell that wrote to stderr, and a forgotten task's
     * warning does not make a right answer wrong.
     */
    public static void showLoopWarning(String text) {
        CellContext.current().sink().display(warning(text), null, false);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
