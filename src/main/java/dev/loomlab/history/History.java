package dev.loomlab.history;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * The cells a session stored, kept across sessions in an SQLite database (see
 * {@link SqliteStore}), or in memory when history is off or the database cannot be used. The
 * database is opened on a thread of its own so the kernel answers its first requests without
 * waiting for it; the first cell waits for it instead. Whatever goes wrong with the file
 * (corrupt, unwritable, locked for too long, no native SQLite for this machine), the kernel
 * keeps going in memory and says so once.
 */
public final class History implements AutoCloseable {
    /** How long a cell waits for the database to open before going on in memory. */
    private static final long OPEN_WAIT_SECONDS = 15;

    private final CompletableFuture<HistoryStore> opening;
    private final Consumer<String> notices;
    private HistoryStore store;
    private String notice;

    private History(CompletableFuture<HistoryStore> opening, Consumer<String> notices) {
        this.opening = opening;
        this.notices = notices;
    }

    /** This session's cells in memory only. */
    public static History inMemory() {
        return new History(CompletableFuture.completedFuture(new MemoryStore(1)), message -> {});
    }

    /**
     * History in {@code file} (opened in the background), or in memory when empty.
     *
     * @param notices told once, in plain words, when the file cannot be used
     */
    public static History open(Optional<Path> file, Consumer<String> notices) {
        if (file.isEmpty()) return new History(CompletableFuture.completedFuture(new MemoryStore(1)), notices);
        CompletableFuture<HistoryStore> opening = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("loomlab-history-open").start(() -> {
            try {
                opening.complete(SqliteStore.open(file.get()));
            } catch (Throwable e) {
                opening.completeExceptionally(new IllegalStateException(
                        "cannot use the history file " + file.get() + " (" + reason(e) + ")", e));
            }
        });
        return new History(opening, notices);
    }

    /** This session's number (1 when history is in memory). */
    public synchronized int session() {
        return store().session();
    }

    /** Stores a cell; called before it runs, so a cell that brings the kernel down is kept. */
    public synchronized void add(int line, String input) {
        try {
            store().add(line, input);
        } catch (Exception e) {
            fallBack("cannot write to the history file (" + reason(e) + ")").add(line, input);
        }
    }

    public synchronized void setOutput(int line, String output) {
        try {
            store().setOutput(line, output);
        } catch (Exception e) {
            fallBack("cannot write to the history file (" + reason(e) + ")").setOutput(line, output);
        }
    }

    public synchronized List<HistoryEntry> tail(int n) {
        try {
            return store().tail(n);
        } catch (Exception e) {
            return fallBack("cannot read the history file (" + reason(e) + ")").tail(n);
        }
    }

    /** One session's lines start..stop-1 (stop ≤ 0: to the end); session 0 is this one, negative counts back. */
    public synchronized List<HistoryEntry> range(int session, int start, int stop) {
        try {
            return store().range(session, start, stop);
        } catch (Exception e) {
            return fallBack("cannot read the history file (" + reason(e) + ")").range(session, start, stop);
        }
    }

    public synchronized List<HistoryEntry> search(String glob, int n, boolean unique) {
        try {
            return store().search(glob, n, unique);
        } catch (Exception e) {
            return fallBack("cannot read the history file (" + reason(e) + ")").search(glob, n, unique);
        }
    }

    /** The notice about falling back to memory, once; null when there is nothing (more) to say. */
    public synchronized String takeNotice() {
        store();
        String said = notice;
        notice = null;
        return said;
    }

    @Override
    public synchronized void close() {
        if (store != null) store.close();
        else opening.thenAccept(HistoryStore::close);
    }

    private HistoryStore store() {
        if (store != null) return store;
        try {
            store = opening.get(OPEN_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            fallBack(e.getCause().getMessage());
        } catch (TimeoutException e) {
            opening.thenAccept(HistoryStore::close);
            fallBack("the history file took over " + OPEN_WAIT_SECONDS + " s to open");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fallBack("opening the history file was interrupted");
        }
        return store;
    }

    private MemoryStore fallBack(String why) {
        int session = store != null ? store.session() : 1;
        if (store != null) store.close();
        MemoryStore memory = new MemoryStore(session);
        store = memory;
        notice = "History: " + why + ". This session's cells are kept in memory only; earlier sessions'"
                + " history is not available. Set LOOMLAB_HISTORY to another file (or to off) to choose.";
        notices.accept(notice);
        return memory;
    }

    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
    }
}
