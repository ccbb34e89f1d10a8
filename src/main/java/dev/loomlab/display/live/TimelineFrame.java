package dev.loomlab.display.live;

import dev.loomlab.async.Timeline;
import dev.loomlab.display.MimeBundle;
import java.util.Map;

/** A {@link Timeline} as a frame: the SVG for notebooks, the per-task summary as plain text. */
final class TimelineFrame {
    private TimelineFrame() {}

    static MimeBundle live(Timeline recording, double now) {
        return frame(recording.toSvg(now), recording.summary());
    }

    static MimeBundle finished(Timeline recording) {
        return frame(recording.toSvg(), recording.summary());
    }

    private static MimeBundle frame(String svg, String summary) {
        return MimeBundle.of(Map.of(
                "text/html", "<div class=\"loomlab-timeline\">" + svg + "</div>",
                "text/plain", summary.isEmpty() ? "(no task has run yet)" : summary));
    }
}
