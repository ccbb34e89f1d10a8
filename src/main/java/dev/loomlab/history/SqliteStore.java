package dev.loomlab.history;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;

/**
 * History in an SQLite file shared by every kernel, laid out like IPython's history.sqlite
 * (a sessions table, and cells keyed by session and line). Write-ahead logging lets kernels
 * read while another writes, and the busy timeout makes a writer wait its turn instead of
 * failing. Each cell is committed on its own before it runs, so a crash loses nothing typed.
 */
final class SqliteStore implements HistoryStore {
    private static final int BUSY_TIMEOUT_MS = 10_000;

    private final Connection db;
    private final int session;

    private SqliteStore(Connection db, int session) {
        this.db = db;
        this.session = session;
    }

    static SqliteStore open(Path file) throws SQLException, java.io.IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        Properties options = new Properties();
        options.setProperty("busy_timeout", String.valueOf(BUSY_TIMEOUT_MS));
        Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), options);
        try {
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
                s.execute("PRAGMA journal_mode = WAL");
                // WAL with NORMAL: a commit survives the process being killed (not a power cut), at a fraction of the cost of FULL
                s.execute("PRAGMA synchronous = NORMAL");
                s.execute("CREATE TABLE IF NOT EXISTS sessions (session INTEGER PRIMARY KEY AUTOINCREMENT,"
                        + " start TEXT, end TEXT, num_cmds INTEGER, remark TEXT)");
                s.execute("CREATE TABLE IF NOT EXISTS history (session INTEGER, line INTEGER, source TEXT,"
                        + " output TEXT, PRIMARY KEY (session, line))");
            }
            int session;
            try (PreparedStatement insert = db.prepareStatement(
                    "INSERT INTO sessions (start, num_cmds, remark) VALUES (?, 0, 'loomlab')",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, Instant.now().toString());
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    session = keys.getInt(1);
                }
            }
            return new SqliteStore(db, session);
        } catch (SQLException | RuntimeException e) {
            db.close();
            throw e;
        }
    }

    @Override
    public int session() {
        return session;
    }

    @Override
    public synchronized void add(int line, String input) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT OR REPLACE INTO history (session, line, source) VALUES (?, ?, ?)")) {
            insert.setInt(1, session);
            insert.setInt(2, line);
            insert.setString(3, input);
            insert.executeUpdate();
        }
    }

    @Override
    public synchronized void setOutput(int line, String output) throws SQLException {
        try (PreparedStatement update = db.prepareStatement(
                "UPDATE history SET output = ? WHERE session = ? AND line = ?")) {
            update.setString(1, output);
            update.setInt(2, session);
            update.setInt(3, line);
            update.executeUpdate();
        }
    }

    @Override
    public synchronized List<HistoryEntry> tail(int n) throws SQLException {
        List<HistoryEntry> newestFirst = query(
                "SELECT session, line, source, output FROM history ORDER BY session DESC, line DESC LIMIT ?",
                Math.max(0, n));
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    @Override
    public synchronized List<HistoryEntry> range(int session, int start, int stop) throws SQLException {
        int absolute = session > 0 ? session : this.session + session;
        return query("SELECT session, line, source, output FROM history WHERE session = ? AND line >= ?"
                + " AND (? <= 0 OR line < ?) ORDER BY line", absolute, start, stop, stop);
    }

    @Override
    public synchronized List<HistoryEntry> search(String glob, int n, boolean unique) throws SQLException {
        // as IPython: with unique, each text once, at its newest place (rowids grow as cells are written)
        String from = unique
                ? "SELECT session, line, source, output FROM history WHERE rowid IN"
                        + " (SELECT max(rowid) FROM history WHERE source GLOB ? GROUP BY source)"
                : "SELECT session, line, source, output FROM history WHERE source GLOB ?";
        List<HistoryEntry> newestFirst = n > 0
                ? query(from + " ORDER BY session DESC, line DESC LIMIT ?", glob, n)
                : query(from + " ORDER BY session DESC, line DESC", glob);
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    private List<HistoryEntry> query(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) select.setObject(i + 1, parameters[i]);
            List<HistoryEntry> rows = new ArrayList<>();
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) rows.add(new HistoryEntry(r.getInt(1), r.getInt(2), r.getString(3), r.getString(4)));
            }
            return rows;
        }
    }

    @Override
    public synchronized void close() {
        try (PreparedStatement end = db.prepareStatement(
                "UPDATE sessions SET end = ?, num_cmds = (SELECT count(*) FROM history WHERE session = ?) WHERE session = ?")) {
            end.setString(1, Instant.now().toString());
            end.setInt(2, session);
            end.setInt(3, session);
            end.executeUpdate();
        } catch (SQLException e) {
            // the end time is a courtesy; the cells are already stored
        }
        try {
            db.close();
        } catch (SQLException ignored) {
            // closing is best effort: WAL recovers on the next open
        }
    }
}
