package dev.loomlab.display.live;

import dev.loomlab.display.MimeBundle;
import dev.loomlab.display.MimeTypes;
import java.util.List;
import java.util.Map;

/** Tasks as a table (HTML for notebooks, aligned text for consoles and logs): name, state, and what each waits for or how it ended. */
public final class TaskTable {
    /** One task: {@code state} as {@code running}, {@code waiting}, {@code done}...; {@code detail} what it waits for, or its outcome. */
    public record Row(String name, String state, String detail) {}

    private TaskTable() {}

    public static MimeBundle frame(String title, List<Row> rows) {
        StringBuilder text = new StringBuilder(title).append('\n');
        StringBuilder html = new StringBuilder("<div class=\"loomlab-tasks\"><div style=\"font-family: sans-serif; font-size: 0.9em\">")
                .append(escape(title)).append("</div><table><thead><tr><th style=\"text-align: left\">task</th>"
                        + "<th style=\"text-align: left\">state</th><th style=\"text-align: left\"></th></tr></thead><tbody>");
        for (Row r : rows) {
            text.append(String.format("%-16s %-9s %s", r.name(), r.state(), r.detail()).stripTrailing()).append('\n');
            html.append("<tr><td style=\"text-align: left\">").append(escape(r.name()))
                    .append("</td><td style=\"text-align: left; color: ").append(colour(r.state())).append("\">")
                    .append(escape(r.state())).append("</td><td style=\"text-align: left\">").append(escape(r.detail()))
                    .append("</td></tr>");
        }
        html.append("</tbody></table></div>");
        return MimeBundle.of(Map.of(MimeTypes.PLAIN, text.toString().stripTrailing(), MimeTypes.HTML, html.toString()));
    }

    private static String colour(String state) {
        return switch (state) {
            case "running" -> "#1b8a8f";
            case "failed" -> "#d32f2f";
            case "waiting", "ready", "created" -> "#f28c28";
            default -> "#888";
        };
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
