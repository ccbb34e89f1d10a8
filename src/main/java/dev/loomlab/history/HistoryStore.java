package dev.loomlab.history;

import java.util.List;

/**
 * Where cells are kept, with history_request's three questions. Sessions are numbered from 1
 * upwards; in {@link #range} a session of 0 means this one and a negative one counts back from
 * it, as in IPython. Every list is oldest first.
 */
interface HistoryStore extends AutoCloseable {
    /** This session's number. */
    int session();

    void add(int line, String input) throws Exception;

    void setOutput(int line, String output) throws Exception;

    /** The last n cells of every session. */
    List<HistoryEntry> tail(int n) throws Exception;

    /** Lines start (inclusive) to stop (exclusive, 0 or less: to the end) of one session. */
    List<HistoryEntry> range(int session, int start, int stop) throws Exception;

    /** Cells of every session whose text matches the glob ({@code *}, {@code ?}, {@code [abc]}); n ≤ 0: all. */
    List<HistoryEntry> search(String glob, int n, boolean unique) throws Exception;

    @Override
    void close();
}
