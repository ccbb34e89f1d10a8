package dev.loomlab.display.live;

import dev.loomlab.async.AsyncFuture;
import dev.loomlab.async.Task;
import dev.loomlab.async.TaskState;
import dev.loomlab.display.MimeBundle;
import dev.loomlab.display.MimeTypes;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How far a set of futures has got, as a bar: counted from any thread, since a future's
 * done-ness is safe to read from outside its loop.
 */
final class ProgressFrame {
    private static final int TEXT_BAR = 30;
    private final String label;
    private final List<AsyncFuture<?>> futures;
    private volatile Runnable whenAllDone;

    ProgressFrame(String label, List<AsyncFuture<?>> futures) {
        this.label = label == null ? "" : label.strip();
        this.futures = futures;
    }

    /** {@code action} runs (once, on the drawing thread) after the frame that shows every future done. */
    void whenAllDone(Runnable action) {
        whenAllDone = action;
    }

    MimeBundle draw() {
        int done = 0, failed = 0, cancelled = 0;
        for (AsyncFuture<?> f : futures) {
            if (!f.done()) continue;
            done++;
            if (f.cancelled()) cancelled++;
            else if (f instanceof Task<?> t && t.state() == TaskState.FAILED) failed++;
        }
        int total = futures.size();
        double share = total == 0 ? 1 : (double) done / total;
        StringBuilder words = new StringBuilder().append(done).append('/').append(total).append(" done");
        if (failed > 0) words.append(", ").append(failed).append(" failed");
        if (cancelled > 0) words.append(", ").append(cancelled).append(" cancelled");
        String prefix = label.isEmpty() ? "" : label + " ";
        int filled = (int) Math.round(share * TEXT_BAR);
        String text = prefix + "[" + "#".repeat(filled) + ".".repeat(TEXT_BAR - filled) + "] " + words;
        String html = String.format(Locale.ROOT,
                "<div class=\"loomlab-progress\" style=\"font-family: sans-serif; font-size: 0.9em\">%s"
                        + "<div style=\"display: inline-block; vertical-align: middle; width: 20em; height: 0.8em; "
                        + "border: 1px solid #888; border-radius: 2px; margin-right: 0.5em\">"
                        + "<div style=\"width: %.1f%%; height: 100%%; background: %s\"></div></div>%s</div>",
                escape(prefix), share * 100, failed > 0 ? "#d32f2f" : "#1b8a8f", escape(words.toString()));
        MimeBundle frame = MimeBundle.of(Map.of(MimeTypes.PLAIN, text, MimeTypes.HTML, html));
        if (done == total) {
            Runnable action = whenAllDone;
            whenAllDone = null;
            if (action != null) Thread.ofVirtual().start(action); // not from inside the view's own redraw
        }
        return frame;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
