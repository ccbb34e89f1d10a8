package dev.loomlab.display;

import java.util.Map;

/**
 * Where a cell's rich output goes. The kernel implements it per execute request (it turns
 * each call into an iopub message whose parent is that request); tests implement it with a
 * list. Implementations must be thread-safe: threads and tasks a cell started call it too.
 */
public interface OutputSink {

    /** Text written to System.out ("stdout") or System.err ("stderr"). */
    void stream(String name, String text);

    /**
     * A display_data message, or update_display_data when {@code update} is true.
     * {@code displayId} is null when the output cannot be updated later.
     */
    void display(MimeBundle bundle, String displayId, boolean update);

    /** clear_output; with {@code wait} the frontend clears when the next output arrives. */
    void clearOutput(boolean wait);

    /** A sink that drops everything (quiet evaluations, the time before any cell). */
    static OutputSink discarding() {
        return Discarding.INSTANCE;
    }

    /** Convenience for callers that build the transient map themselves. */
    default Map<String, Object> transientOf(String displayId) {
        return displayId == null ? Map.of() : Map.of("display_id", displayId);
    }

    /** The one discarding sink. */
    enum Discarding implements OutputSink {
        INSTANCE;

        @Override
        public void stream(String name, String text) {}

        @Override
        public void display(MimeBundle bundle, String displayId, boolean update) {}

        @Override
        public void clearOutput(boolean wait) {}
    }
}
