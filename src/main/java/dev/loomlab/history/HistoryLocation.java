package dev.loomlab.history;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the history database lives: {@code LOOMLAB_HISTORY} names the file (or turns history
 * off with {@code off}, {@code none} or {@code :memory:}); by default it is
 * {@code loomlab/history.sqlite} in Jupyter's data directory, found as Jupyter finds it.
 */
public final class HistoryLocation {
    private HistoryLocation() {}

    /** Empty when history is to stay in memory. */
    public static Optional<Path> fromEnvironment() {
        return of(System.getenv(), System.getProperty("user.home"), System.getProperty("os.name", ""));
    }

    static Optional<Path> of(Map<String, String> env, String userHome, String osName) {
        String setting = env.get("LOOMLAB_HISTORY");
        if (setting != null) {
            String value = setting.strip();
            if (value.isEmpty() || value.equalsIgnoreCase("off") || value.equalsIgnoreCase("none")
                    || value.equals(":memory:")) {
                return Optional.empty();
            }
            return Optional.of(Path.of(value.startsWith("~/") ? userHome + value.substring(1) : value));
        }
        return Optional.of(jupyterDataDir(env, userHome, osName).resolve("loomlab").resolve("history.sqlite"));
    }

    private static Path jupyterDataDir(Map<String, String> env, String userHome, String osName) {
        if (notBlank(env.get("JUPYTER_DATA_DIR"))) return Path.of(env.get("JUPYTER_DATA_DIR"));
        String os = osName.toLowerCase();
        if (os.startsWith("mac")) return Path.of(userHome, "Library", "Jupyter");
        if (os.startsWith("windows") && notBlank(env.get("APPDATA"))) return Path.of(env.get("APPDATA"), "jupyter");
        if (notBlank(env.get("XDG_DATA_HOME"))) return Path.of(env.get("XDG_DATA_HOME"), "jupyter");
        return Path.of(userHome, ".local", "share", "jupyter");
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
