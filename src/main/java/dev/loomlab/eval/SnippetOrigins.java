package dev.loomlab.eval;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where each JShell snippet came from (which cell, which line of it), so stack frames that
 * JShell names "#12" can be shown as "cell 3, line 2". Read from any thread: exceptions of
 * background threads are formatted on those threads.
 */
final class SnippetOrigins {

    /** @param place "cell 3", or "user expression" */
    record Origin(String place, int firstLine) {
        String describe(int snippetLine) {
            return snippetLine > 0 ? place + ", line " + (firstLine + snippetLine - 1) : place;
        }
    }

    private final Map<String, Origin> byId = new ConcurrentHashMap<>();
    private volatile Origin running;

    void record(String snippetId, Origin origin) {
        byId.put(snippetId, origin);
    }

    /**
     * The snippet being evaluated now, or null. JShell names a snippet's id only once it has
     * run, but its tasks and threads may fail (and be reported) while it runs: a frame of an id
     * not yet recorded is from this one.
     */
    void running(Origin origin) {
        running = origin;
    }

    Origin find(String snippetId) {
        Origin origin = byId.get(snippetId);
        return origin != null ? origin : running;
    }
}
