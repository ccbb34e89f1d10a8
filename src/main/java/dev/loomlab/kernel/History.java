package dev.loomlab.kernel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The cells executed with store_history, kept for the session and numbered by execution
 * count. Session number 1 is this session; 0 and negative numbers (relative sessions, as
 * history_request allows) also mean this one, since nothing older is kept.
 */
public final class History {
    public static final int SESSION = 1;

    /** One history row: [session, line, input], with the cell's text/plain result when it had one. */
    public record Entry(int session, int line, String input, String output) {}

    private final List<Entry> entries = new ArrayList<>();

    public synchronized void add(int line, String input) {
        entries.add(new Entry(SESSION, line, input, null));
    }

    /** Records the text/plain result of a stored line, for history_request with output. */
    public synchronized void setOutput(int line, String output) {
        for (int i = entries.size() - 1; i >= 0; i--) {
            Entry e = entries.get(i);
            if (e.line() == line) {
                entries.set(i, new Entry(e.session(), e.line(), e.input(), output));
                return;
            }
        }
    }

    public synchronized List<Entry> tail(int n) {
        int from = Math.max(0, entries.size() - Math.max(0, n));
        return List.copyOf(entries.subList(from, entries.size()));
    }

    /** Lines start (inclusive) to stop (exclusive), as ipykernel reads them; stop 0 or less means to the end. */
    public synchronized List<Entry> range(int session, int start, int stop) {
        if (session > SESSION) return List.of();
        return entries.stream()
                .filter(e -> e.line() >= start && (stop <= 0 || e.line() < stop))
                .toList();
    }

    /** Glob search over the inputs ({@code *} and {@code ?}), newest last; n ≤ 0 means all. */
    public synchronized List<Entry> search(String glob, int n, boolean unique) {
        Pattern pattern = globToRegex(glob);
        List<Entry> found = new ArrayList<>();
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        for (int i = entries.size() - 1; i >= 0; i--) {
            Entry e = entries.get(i);
            if (!pattern.matcher(e.input()).matches()) continue;
            if (unique && !seen.add(e.input())) continue;
            found.add(0, e);
            if (n > 0 && found.size() >= n) break;
        }
        return found;
    }

    private static Pattern globToRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
