package dev.loomlab.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HistoryLocationTest {

    @Test
    void byDefaultItLivesInJupytersDataFolder() {
        assertEquals(Optional.of(Path.of("/home/ada/.local/share/jupyter/loomlab/history.sqlite")),
                HistoryLocation.of(Map.of(), "/home/ada", "Linux"));
        assertEquals(Optional.of(Path.of("/data/jupyter/loomlab/history.sqlite")),
                HistoryLocation.of(Map.of("XDG_DATA_HOME", "/data"), "/home/ada", "Linux"));
        assertEquals(Optional.of(Path.of("/jd/loomlab/history.sqlite")),
                HistoryLocation.of(Map.of("JUPYTER_DATA_DIR", "/jd", "XDG_DATA_HOME", "/data"), "/home/ada", "Linux"));
        assertEquals(Optional.of(Path.of("/Users/ada/Library/Jupyter/loomlab/history.sqlite")),
                HistoryLocation.of(Map.of(), "/Users/ada", "Mac OS X"));
    }

    @Test
    void theSettingNamesTheFileOrTurnsItOff() {
        assertEquals(Optional.of(Path.of("/tmp/h.sqlite")),
                HistoryLocation.of(Map.of("LOOMLAB_HISTORY", "/tmp/h.sqlite"), "/home/ada", "Linux"));
        assertEquals(Optional.of(Path.of("/home/ada/h.db")),
                HistoryLocation.of(Map.of("LOOMLAB_HISTORY", "~/h.db"), "/home/ada", "Linux"));
        for (String off : new String[] {"off", "none", ":memory:", ""}) {
            assertTrue(HistoryLocation.of(Map.of("LOOMLAB_HISTORY", off), "/home/ada", "Linux").isEmpty(), off);
        }
    }
}
