package dev.loomlab.eval.exec;

import dev.loomlab.display.MimeBundle;

/**
 * How the last snippet's user code ended, as seen from inside the execution control.
 *
 * @param bundle        the rendered value; null when there was none to render
 * @param renderFailure what the value's renderer (often its toString) threw, or null
 * @param stopped       true when an interrupt stopped the snippet
 */
public record SnippetValue(MimeBundle bundle, Throwable renderFailure, boolean stopped) {
    static final SnippetValue NONE = new SnippetValue(null, null, false);
}
