package dev.loomlab.async;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
        Map<Long, List<Timeline.Turn>> rows = new LinkedHashMap<>();
        turns.stream()
                .sorted((a, b) -> Long.compare(a.taskId(), b.taskId()))
                .forEach(t -> rows.computeIfAbsent(t.taskId(), id -> new ArrayList<>()).add(t));
        double t0 = turns.stream().mapToDouble(Timeline.Turn::start).min().orElse(0);
        double t1 = turns.stream().mapToDouble(Timeline.Turn::end).max().orElse(1);
        double span = Math.max(t1 - t0, 1e-6);
        int height = TOP + rows.size() * ROW + 48;
        int width = LABEL_WIDTH + PLOT_WIDTH + 20;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                        + "font-family=\"sans-serif\" font-size=\"11\">", width, height, width, height));
        svg.append("<title>Which task held the event loop, and when</title>");
        int row = 0;
        for (List<Timeline.Turn> taskTurns : rows.values()) {
            int y = TOP + row * ROW;
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" fill=\"#888\">%s</text>",
                    LABEL_WIDTH - 8, y + 15, escape(taskTurns.get(0).task())));
            for (int i = 0; i < taskTurns.size(); i++) {
                Timeline.Turn turn = taskTurns.get(i);
                if (i + 1 < taskTurns.size()) {
                    double waitFrom = x(turn.end(), t0, span);
                    double waitTo = x(taskTurns.get(i + 1).start(), t0, span);
                    svg.append(String.format(Locale.ROOT,
                            "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"8\" fill=\"%s\" opacity=\"0.35\">"
                                    + "<title>%s</title></rect>",
                            waitFrom, y + 8, Math.max(0.5, waitTo - waitFrom), WAIT, escape(turn.then())));
                    if (waitTo - waitFrom > 60) {
                        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" fill=\"#888\">%s</text>",
                                waitFrom + 4, y + 6, escape(turn.then())));
                    }
                }
                double from = x(turn.start(), t0, span);
                double to = x(turn.end(), t0, span);
                svg.append(String.format(Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"16\" rx=\"2\" fill=\"%s\">"
                                + "<title>%s ran %.3f–%.3f s, then %s</title></rect>",
                        from, y + 4, Math.max(2.0, to - from), RUN, escape(turn.task()),
                        turn.start() - t0, turn.end() - t0, escape(turn.then())));
            }
            double started = x(taskTurns.get(0).start(), t0, span);
            svg.append(String.format(Locale.ROOT, "<path d=\"M%.1f %d l-4 -6 h8 z\" fill=\"%s\"><title>started</title></path>",
                    started, y + 4, RUN));
            Timeline.Turn last = taskTurns.get(taskTurns.size() - 1);
            double ended = x(last.end(), t0, span) + 4;
            if (last.then().startsWith("failed")) {
                svg.append(String.format(Locale.ROOT, "<path d=\"M%.1f %d l8 8 m0 -8 l-8 8\" stroke=\"%s\" stroke-width=\"2\">"
                        + "<title>%s</title></path>", ended, y + 8, FAILED, escape(last.then())));
            } else if (last.then().equals("cancelled")) {
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%d\" r=\"4\" fill=\"none\" stroke=\"%s\" "
                        + "stroke-width=\"2\"><title>cancelled</title></circle>", ended + 4, y + 12, CANCELLED));
            }
            row++;
        }
        int axisY = TOP + rows.size() * ROW + 6;
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#888\"/>",
                LABEL_WIDTH, axisY, LABEL_WIDTH + PLOT_WIDTH, axisY));
        for (int tick = 0; tick <= 4; tick++) {
            double at = span * tick / 4;
            double x = LABEL_WIDTH + PLOT_WIDTH * tick / 4.0;
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#888\"/>"
                            + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#888\">%s s</text>",
                    x, axisY, x, axisY + 4, x, axisY + 16, trim(at)));
        }
        svg.append(String.format(Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" fill=\"#888\">solid: holds the loop · pale: waiting (hover for what) · "
                        + "▲ started · ✕ failed · ○ cancelled</text>", LABEL_WIDTH, axisY + 28));
        svg.append("</svg>");
        return svg.toString();
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
