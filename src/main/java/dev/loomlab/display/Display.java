package dev.loomlab.display;

import java.util.UUID;

/**
 * The display API users call from cells, with IJava's names so IJava notebooks keep working.
 * Preloaded with {@code import static dev.loomlab.display.Display.*;}.
 *
 * <p>Every call goes to the cell that the calling thread belongs to (see {@link CellContext}),
 * so a thread started by a cell displays into that cell.
 */
public final class Display {

    private Display() {}

    /** Shows {@code value} below the cell; returns an id that {@link #updateDisplay} can use. */
    public static String display(Object value) {
        return display(value, new String[0]);
    }

    /** Shows only the given MIME types of {@code value} (all when none are named). */
    public static String display(Object value, String... mimeTypes) {
        String id = UUID.randomUUID().toString();
        CellContext.current().sink().display(Renderers.render(value, mimeTypes), id, false);
        return id;
    }

    /** The bundle {@code value} would be shown as, without showing it. */
    public static MimeBundle render(Object value, String... mimeTypes) {
        return Renderers.render(value, mimeTypes);
    }

    /** Replaces what an earlier {@link #display} call with this id shows. */
    public static void updateDisplay(String displayId, Object value) {
        updateDisplay(displayId, value, new String[0]);
    }

    public static void updateDisplay(String displayId, Object value, String... mimeTypes) {
        if (displayId == null) {
            throw new IllegalArgumentException("updateDisplay needs the id that display(...) returned, not null.");
        }
        CellContext.current().sink().display(Renderers.render(value, mimeTypes), displayId, true);
    }

    /** Clears the cell's output now. */
    public static void clearOutput() {
        clearOutput(false);
    }

    /** With {@code wait}, the frontend clears when the next output arrives (no flicker). */
    public static void clearOutput(boolean wait) {
        CellContext.current().sink().clearOutput(wait);
    }

    public static RichContent html(String html) {
        return new RichContent(MimeTypes.HTML, html, html.replaceAll("<[^>]*>", "").strip());
    }

    public static RichContent markdown(String markdown) {
        return new RichContent(MimeTypes.MARKDOWN, markdown, markdown);
    }

    public static RichContent svg(String svg) {
        return new RichContent(MimeTypes.SVG, svg, "<SVG image>");
    }

    public static RichContent latex(String latex) {
        return new RichContent(MimeTypes.LATEX, latex, latex);
    }
}
