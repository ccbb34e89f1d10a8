package dev.loomlab.history;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * This session's cells in memory, when there is no database (disabled, or it could not be
 * used). Only the newest {@link #KEEP} cells are kept so a long session cannot grow it without
 * bound.
 */
final class MemoryStore implements HistoryStore {
    static final int KEEP = 10_000;

    private final int session;
    private final Deque<HistoryEntry> entries = new ArrayDeque<>();

    MemoryStore(int session) {
        this.session = session;
    }

    @Override
    public int session() {
        return session;
    }

    @Override
    public synchronized void add(int line, String input) {
        entries.removeIf(e -> e.line() == line);
        entries.addLast(new HistoryEntry(session, line, input, null));
        while (entries.size() > KEEP) entries.removeFirst();
    }

    @Override
    public synchronized void setOutput(int line, String output) {
        List<HistoryEntry> all = new ArrayList<>(entries);
        entries.clear();
        for (HistoryEntry e : all) {
            entries.addLast(e.line() == line ? new HistoryEntry(e.session(), e.line(), e.input(), output) : e);
        }
    }

    @Override
    public synchronized List<HistoryEntry> tail(int n) {
        List<HistoryEntry> all = new ArrayList<>(entries);
        return List.copyOf(all.subList(Math.max(0, all.size() - Math.max(0, n)), all.size()));
    }

    @Override
    public synchronized List<HistoryEntry> range(int session, int start, int stop) {
        if (session > 0 && session != this.session || session < 0) return List.of();
        return entries.stream().filter(e -> e.line() >= start && (stop <= 0 || e.line() < stop)).toList();
    }

    @Override
    public synchronized List<HistoryEntry> search(String glob, int n, boolean unique) {
        Pattern pattern = Globs.toRegex(glob);
        List<HistoryEntry> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<HistoryEntry> all = new ArrayList<>(entries);
        for (int i = all.size() - 1; i >= 0 && (n <= 0 || found.size() < n); i--) {
            HistoryEntry e = all.get(i);
            if (pattern.matcher(e.input()).matches() && (!unique || seen.add(e.input()))) found.add(0, e);
        }
        return found;
    }

    @Override
    public void close() {}
}
