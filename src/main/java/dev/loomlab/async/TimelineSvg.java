package dev.loomlab.async;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Draws a {@link Timeline} as a self-contained SVG: one row per task, a solid block for each
 * turn the task held the loop, and a pale bar labelled with what it awaited in between. Only
 * one block is solid at any moment: that is the picture of "one worker switching between
 * tasks". No fonts or scripts are fetched; the colours read on light and dark backgrounds.
 */
final class TimelineSvg {
    private static final int LABEL_WIDTH = 120;
    private static final int PLOT_WIDTH = 520;
    private static final int ROW = 26;
    private static final int TOP = 10;
    private static final String RUN = "#1b8a8f";
    private static final String WAIT = "#f28c28";
    private static final String FAILED = "#d32f2f";
    private static final String CANCELLED = "#888";

    private TimelineSvg() {}

    static String draw(List<Timeline.Turn> turns) {
        return draw(turns, Map.of(), Double.NaN);
    }

    /**
     * @param live what each task is doing at {@code at} (only used when {@code at} is a number)
     * @param at   loop time of a live frame, or NaN for a finished recording
     */
    static String draw(List<Timeline.Turn> turns, Map<Long, Timeline.Now> live, double at) {
        boolean isLive = !Double.isNaN(at);
        Map<Long, List<Timeline.Turn>> rows = new TreeMap<>();
        for (Timeline.Turn t : turns) rows.computeIfAbsent(t.taskId(), id -> new ArrayList<>()).add(t);
        if (isLive) {
            for (Long id : live.keySet()) rows.computeIfAbsent(id, k -> new ArrayList<>());
        }
        double t0 = turns.stream().mapToDouble(Timeline.Turn::start).min().orElse(isLive ? at : 0);
        double t1 = turns.stream().mapToDouble(Timeline.Turn::end).max().orElse(1);
        if (isLive) {
            for (Timeline.Now n : live.values()) {
                if (!Double.isNaN(n.createdAt())) t0 = Math.min(t0, n.createdAt());
                if (!Double.isNaN(n.runningSince())) t0 = Math.min(t0, n.runningSince());
            }
            t1 = Math.max(t1, at);
        }
        double span = Math.max(t1 - t0, 1e-6);
        int height = TOP + rows.size() * ROW + 48;
        int width = LABEL_WIDTH + PLOT_WIDTH + 20;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                        + "font-family=\"sans-serif\" font-size=\"11\">", width, height, width, height));
        svg.append("<title>Which task held the event loop, and when</title>");
        int row = 0;
        for (Map.Entry<Long, List<Timeline.Turn>> entry : rows.entrySet()) {
            List<Timeline.Turn> taskTurns = entry.getValue();
            Timeline.Now now = isLive ? live.get(entry.getKey()) : null;
            int y = TOP + row * ROW;
            String name = !taskTurns.isEmpty() ? taskTurns.get(taskTurns.size() - 1).task() : now.name();
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" fill=\"#888\">%s</text>",
                    LABEL_WIDTH - 8, y + 15, escape(name)));
            for (int i = 0; i < taskTurns.size(); i++) {
                Timeline.Turn turn = taskTurns.get(i);
                double nextStart = i + 1 < taskTurns.size() ? taskTurns.get(i + 1).start()
                        : now != null && !Double.isNaN(now.runningSince()) ? now.runningSince()
                        : now != null && stillWaiting(turn) ? at : Double.NaN;
                if (!Double.isNaN(nextStart)) waitBar(svg, turn, x(turn.end(), t0, span), x(nextStart, t0, span), y);
                block(svg, turn.task(), turn.start(), turn.end(), turn.then(), t0, span, y);
            }
            if (now != null && !Double.isNaN(now.runningSince())) {
                block(svg, name, now.runningSince(), at, "still running", t0, span, y);
            }
            if (taskTurns.isEmpty() && (now == null || Double.isNaN(now.runningSince()))) {
                double from = x(Double.isNaN(now.createdAt()) ? t0 : now.createdAt(), t0, span);
                svg.append(String.format(Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"16\" rx=\"2\" fill=\"none\" stroke=\"%s\" "
                                + "stroke-dasharray=\"3 2\"><title>%s: created, not started yet</title></rect>",
                        from, y + 4, Math.max(2.0, x(at, t0, span) - from), RUN, escape(name)));
                row++;
                continue;
            }
            double firstStart = !taskTurns.isEmpty() ? taskTurns.get(0).start() : now.runningSince();
            svg.append(String.format(Locale.ROOT, "<path d=\"M%.1f %d l-4 -6 h8 z\" fill=\"%s\"><title>started</title></path>",
                    x(firstStart, t0, span), y + 4, RUN));
            Timeline.Turn last = taskTurns.isEmpty() ? null : taskTurns.get(taskTurns.size() - 1);
            if (last != null && (now == null || Double.isNaN(now.runningSince()))) {
                double ended = x(last.end(), t0, span) + 4;
                if (last.then().startsWith("failed")) {
                    svg.append(String.format(Locale.ROOT, "<path d=\"M%.1f %d l8 8 m0 -8 l-8 8\" stroke=\"%s\" stroke-width=\"2\">"
                            + "<title>%s</title></path>", ended, y + 8, FAILED, escape(last.then())));
                } else if (last.then().equals("cancelled")) {
                    svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%d\" r=\"4\" fill=\"none\" stroke=\"%s\" "
                            + "stroke-width=\"2\"><title>cancelled</title></circle>", ended + 4, y + 12, CANCELLED));
                }
            }
            row++;
        }
        int axisY = TOP + rows.size() * ROW + 6;
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#888\"/>",
                LABEL_WIDTH, axisY, LABEL_WIDTH + PLOT_WIDTH, axisY));
        for (int tick = 0; tick <= 4; tick++) {
            double tickAt = span * tick / 4;
            double x = LABEL_WIDTH + PLOT_WIDTH * tick / 4.0;
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#888\"/>"
                            + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#888\">%s s</text>",
                    x, axisY, x, axisY + 4, x, axisY + 16, trim(tickAt)));
        }
        svg.append(String.format(Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" fill=\"#888\">solid: holds the loop · pale: waiting (hover for what) · "
                        + "▲ started · ✕ failed · ○ cancelled%s</text>", LABEL_WIDTH, axisY + 28,
                isLive ? " · dashed: created, not started" : ""));
        svg.append("</svg>");
        return svg.toString();
    }

    /** A task whose last turn ended at an await (or sleep(0)) and that has not run since. */
    private static boolean stillWaiting(Timeline.Turn last) {
        return last.then().startsWith("await") || last.then().equals("yield");
    }

    private static void waitBar(StringBuilder svg, Timeline.Turn turn, double from, double to, int y) {
        svg.append(String.format(Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"8\" fill=\"%s\" opacity=\"0.35\">"
                        + "<title>%s</title></rect>",
                from, y + 8, Math.max(0.5, to - from), WAIT, escape(turn.then())));
        if (to - from > 60) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" fill=\"#888\">%s</text>",
                    from + 4, y + 6, escape(turn.then())));
        }
    }

    private static void block(StringBuilder svg, String task, double start, double end, String then, double t0, double span, int y) {
        double from = x(start, t0, span);
        double to = x(end, t0, span);
        svg.append(String.format(Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"16\" rx=\"2\" fill=\"%s\">"
                        + "<title>%s ran %.3f–%.3f s, then %s</title></rect>",
                from, y + 4, Math.max(2.0, to - from), RUN, escape(task), start - t0, end - t0, escape(then)));
    }

    private static double x(double t, double t0, double span) {
        return LABEL_WIDTH + (t - t0) / span * PLOT_WIDTH;
    }

    private static String trim(double seconds) {
        String s = String.format(Locale.ROOT, "%.3f", seconds);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
