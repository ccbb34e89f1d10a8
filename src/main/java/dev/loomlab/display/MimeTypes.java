package dev.loomlab.display;

/** The MIME type names used by the renderers, spelled once. */
public final class MimeTypes {
    public static final String PLAIN = "text/plain";
    public static final String HTML = "text/html";
    public static final String MARKDOWN = "text/markdown";
    public static final String LATEX = "text/latex";
    public static final String SVG = "image/svg+xml";
    public static final String PNG = "image/png";

    private MimeTypes() {}
}
