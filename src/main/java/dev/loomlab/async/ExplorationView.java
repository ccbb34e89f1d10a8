package dev.loomlab.async;

import java.util.List;
import java.util.Locale;

/** Writes an {@link Exploration} as plain text and as HTML with the timelines side by side. */
final class ExplorationView {
    /** More cards than this would bury the point; the text lists every outcome anyway. */
    private static final int MAX_CARDS = 12;
    private static final String BROKEN = "#d32f2f";
    private static final String KEPT = "#1b8a8f";

    private ExplorationView() {}

    static String headline(Exploration<?> e) {
        String how = e.exhaustive()
                ? "Explored all " + plural(e.schedules(), "schedule") + " of this block"
                : String.format(Locale.ROOT, "Ran %d random schedules (seeds %d..%d); the block has too many to run them all",
                        e.schedules(), e.firstSeed(), e.firstSeed() + e.schedules() - 1);
        String jitter = e.jitter() > 0 ? String.format(Locale.ROOT, " (sleeps ±%.0f%%)", e.jitter() * 100) : "";
        return how + jitter + String.format(Locale.ROOT, " in %.2f s: %s.", e.seconds(),
                plural(e.distinctOutcomes(), "distinct outcome"));
    }

    static String verdict(Exploration<?> e) {
        if (e.expectationWords() == null) return null;
        int broken = e.violations();
        if (broken == 0) {
            return e.exhaustive() ? "✔ Every schedule keeps " + e.expectationWords() + "."
                    : "✔ No schedule of this sample broke " + e.expectationWords()
                    + " (a sample is not a proof: others might).";
        }
        return String.format(Locale.ROOT, "✘ %d of %d schedules break %s.", broken, e.schedules(), e.expectationWords());
    }

    static String text(Exploration<?> e) {
        StringBuilder sb = new StringBuilder(headline(e)).append('\n');
        String verdict = verdict(e);
        if (verdict != null) sb.append(verdict).append('\n');
        for (Exploration.Found<?> f : e.outcomes()) {
            sb.append(String.format(Locale.ROOT, "  %s %5d × %s   (first: seed %d)%s%n",
                    f.breaksExpectation() ? "✘" : e.expectationWords() != null ? "✔" : "·", f.count(),
                    f.outcome().headline(), f.first().seed(),
                    f.outcome().equals(e.asyncioOutcome()) ? "  ← asyncio's own order" : ""));
            sb.append("          turns: ").append(order(f.first().timeline())).append('\n');
        }
        if (!e.exhaustive()) sb.append("Counts are a sample: a rare outcome may be missing.\n");
        sb.append("See one schedule again with .replay(seed).");
        return sb.toString();
    }

    static String html(Exploration<?> e) {
        StringBuilder sb = new StringBuilder("<div class=\"loomlab-explore\">");
        sb.append("<p><b>").append(escape(headline(e))).append("</b>");
        String verdict = verdict(e);
        if (verdict != null) {
            sb.append("<br><span style=\"color:").append(e.violations() > 0 ? BROKEN : KEPT).append("\">")
                    .append(escape(verdict)).append("</span>");
        }
        if (!e.exhaustive()) sb.append("<br>Counts are a sample: a rare outcome may be missing.");
        sb.append("</p><div style=\"display:flex;flex-wrap:wrap;gap:12px;align-items:flex-start\">");
        List<? extends Exploration.Found<?>> shown = e.outcomes().subList(0, Math.min(MAX_CARDS, e.outcomes().size()));
        for (Exploration.Found<?> f : shown) {
            String border = f.breaksExpectation() ? BROKEN : e.expectationWords() != null ? KEPT : "#888";
            sb.append("<div style=\"flex:1 1 380px;max-width:560px;border:2px solid ").append(border)
                    .append(";border-radius:6px;padding:6px\">");
            sb.append("<div><b>").append(escape(f.outcome().headline())).append("</b></div>");
            sb.append(String.format(Locale.ROOT, "<div style=\"color:#888\">%s · first seed %d%s</div>",
                    escape(plural(f.count(), "schedule")), f.first().seed(),
                    f.outcome().equals(e.asyncioOutcome()) ? " · asyncio's own order" : ""));
            sb.append(TimelineSvg.draw(f.first().timeline().turns())
                    .replaceFirst("<svg ", "<svg style=\"width:100%;height:auto\" "));
            // Turns at one instant are drawn on top of each other: their order, the point of it all, is listed.
            sb.append("<details><summary>turns in order</summary><ol style=\"margin:2px 0;font-size:90%\">");
            for (Timeline.Turn t : f.first().timeline().turns()) {
                sb.append(String.format(Locale.ROOT, "<li>%s s · <b>%s</b> → %s</li>", trim(t.start()), escape(t.task()),
                        escape(t.then())));
            }
            sb.append("</ol></details>");
            sb.append("<div style=\"font-size:90%\">").append(escape(order(f.first().timeline()))).append("</div>");
            sb.append("</div>");
        }
        sb.append("</div>");
        if (shown.size() < e.outcomes().size()) {
            sb.append("<p>").append(e.outcomes().size() - shown.size())
                    .append(" more outcomes: see the text form (print the exploration).</p>");
        }
        sb.append("</div>");
        return sb.toString();
    }

    /** Who took a turn, in order, grouped by the instant: "0 s: main, Task-1, Task-2 | 0.1 s: Task-2, Task-1". */
    static String order(Timeline timeline) {
        StringBuilder sb = new StringBuilder();
        double at = Double.NaN;
        for (Timeline.Turn t : timeline.turns()) {
            if (t.start() != at) {
                if (sb.length() > 0) sb.append(" | ");
                at = t.start();
                sb.append(trim(at)).append(" s: ");
            } else {
                sb.append(", ");
            }
            sb.append(t.task());
        }
        return sb.toString();
    }

    private static String trim(double seconds) {
        String s = String.format(Locale.ROOT, "%.4f", seconds);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
