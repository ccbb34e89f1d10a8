package dev.loomlab.display.live;

import dev.loomlab.async.Timeline;
import dev.loomlab.display.MimeBundle;
import dev.loomlab.display.TimelinePicture;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** A {@link Timeline} as a frame: the SVG (as an image in the HTML) for notebooks, the per-task summary as plain text. */
final class TimelineFrame {
    private TimelineFrame() {}

    static MimeBundle live(Timeline recording, double now) {
        return frame(recording.toSvg(now), summary(recording));
    }

    static MimeBundle finished(Timeline recording) {
        return frame(recording.toSvg(), summary(recording));
    }

    /**
     * One line per task, its times counted from the first turn (as the picture's axis is): a
     * session's loop has run since the kernel started, and its clock says so.
     */
    private static String summary(Timeline recording) {
        List<Timeline.Turn> turns = recording.turns();
        if (turns.isEmpty()) return "";
        double t0 = turns.stream().mapToDouble(Timeline.Turn::start).min().orElse(0);
        Map<Long, List<Timeline.Turn>> byTask = new TreeMap<>();
        for (Timeline.Turn t : turns) byTask.computeIfAbsent(t.taskId(), id -> new ArrayList<>()).add(t);
        StringBuilder sb = new StringBuilder();
        for (List<Timeline.Turn> task : byTask.values()) {
            Timeline.Turn first = task.get(0);
            Timeline.Turn last = task.get(task.size() - 1);
            sb.append(String.format(Locale.ROOT, "%-12s %6.3f s .. %6.3f s  %d turn%s, %s%n", last.task(),
                    first.start() - t0, last.end() - t0, task.size(), task.size() == 1 ? "" : "s", last.then()));
        }
        return sb.toString();
    }

    private static MimeBundle frame(String svg, String summary) {
        // The same picture as a finished Timeline: an image in the HTML, so it survives untrusted notebooks.
        String text = summary.isEmpty() ? "(no task has run yet)" : summary;
        return TimelinePicture.bundle(svg, text, text);
    }
}
