package dev.loomlab.magic;

import dev.loomlab.eval.Interpreter.Outcome;
import dev.loomlab.eval.Settings;
import dev.loomlab.history.History;
import dev.loomlab.history.HistoryEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * %history, as IPython's: this session's cells, or some lines ({@code 4-6}, {@code ~1/1-5} for
 * the session before), the last ones of every session ({@code -l N}) or a glob search across
 * sessions ({@code -g pattern}, {@code -u} for each text once), with line numbers ({@code -n})
 * and results ({@code -o}).
 */
final class HistoryMagic {
    private static final Pattern RANGE = Pattern.compile("(?:(~?)(\\d+)/)?(\\d+)(?:-(\\d+))?");

    private HistoryMagic() {}

    static void register(MagicRegistry registry, History history) {
        registry.line("history", new Magic() {
            public String help() {
                return "show stored cells: %history [-n] [-o] [4-6 | ~1/1-5 | -l N | -g pattern [-u]], across sessions";
            }

            public Outcome run(String args, String body, MagicContext ctx) {
                List<String> words = new ArrayList<>(Settings.splitOptions(args));
                boolean numbers = words.remove("-n");
                boolean outputs = words.remove("-o");
                boolean unique = words.remove("-u");
                List<HistoryEntry> entries;
                boolean otherSessions;
                if (words.remove("-g")) {
                    String pattern = words.isEmpty() ? "*" : "*" + String.join(" ", words) + "*";
                    entries = history.search(pattern, 0, unique);
                    numbers = otherSessions = true;
                } else if (words.remove("-l")) {
                    int n;
                    try {
                        n = words.isEmpty() ? 10 : Integer.parseInt(words.get(0));
                    } catch (NumberFormatException e) {
                        return MagicFailure.of("UsageError", "%history -l needs a number of lines, e.g. %history -l 20");
                    }
                    entries = history.tail(n);
                    otherSessions = true;
                } else if (words.isEmpty()) {
                    entries = history.range(0, 1, 0);
                    otherSessions = false;
                } else {
                    entries = new ArrayList<>();
                    otherSessions = false;
                    for (String word : words) {
                        Matcher m = RANGE.matcher(word);
                        if (!m.matches()) {
                            return MagicFailure.of("UsageError", "%history cannot read \"" + word
                                    + "\": write a line (4), lines (4-6), or lines of a session (~1/1-5 is the"
                                    + " session before this one, 3/1-5 is session 3)");
                        }
                        int session = m.group(2) == null ? 0
                                : m.group(1).isEmpty() ? Integer.parseInt(m.group(2)) : -Integer.parseInt(m.group(2));
                        otherSessions |= session != 0;
                        int start = Integer.parseInt(m.group(3));
                        int stop = m.group(4) == null ? start + 1 : Integer.parseInt(m.group(4)) + 1;
                        entries.addAll(history.range(session, start, stop));
                    }
                }
                ctx.print(format(entries, numbers, outputs, otherSessions));
                return new Outcome.Success(null);
            }
        });
    }

    private static String format(List<HistoryEntry> entries, boolean numbers, boolean outputs, boolean otherSessions) {
        if (entries.isEmpty()) return "(no history matches)";
        StringBuilder out = new StringBuilder();
        for (HistoryEntry e : entries) {
            String label = numbers ? (otherSessions ? e.session() + "/" + e.line() : String.valueOf(e.line())) + ": " : "";
            out.append(label).append(e.input().replace("\n", "\n" + " ".repeat(label.length()))).append('\n');
            if (outputs && e.output() != null) out.append("Out[").append(e.line()).append("]: ").append(e.output()).append('\n');
        }
        return out.toString().stripTrailing();
    }
}
