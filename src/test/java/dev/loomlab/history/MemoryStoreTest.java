package dev.loomlab.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The in-memory fallback answers like the database does (the database itself is tested through real kernels). */
class MemoryStoreTest {
    private final MemoryStore store = new MemoryStore(1);

    @Test
    void searchUsesSqliteGlobsAndUniqueKeepsTheNewest() {
        store.add(1, "int a = 1;");
        store.add(2, "a + 1");
        store.add(3, "int a = 1;");
        store.setOutput(2, "2");
        assertEquals(List.of(new HistoryEntry(1, 2, "a + 1", "2"), new HistoryEntry(1, 3, "int a = 1;", null)),
                store.search("*a*", 0, true));
        assertEquals(List.of(new HistoryEntry(1, 2, "a + 1", "2")), store.search("[a-c] + ?", 0, false));
        assertEquals(List.of(new HistoryEntry(1, 3, "int a = 1;", null)), store.search("int*", 1, false));
    }

    @Test
    void aLongSessionKeepsOnlyTheNewestCells() {
        for (int line = 1; line <= MemoryStore.KEEP + 50; line++) store.add(line, "cell " + line);
        List<HistoryEntry> all = store.range(0, 1, 0);
        assertEquals(MemoryStore.KEEP, all.size());
        assertEquals(MemoryStore.KEEP + 50, all.get(all.size() - 1).line());
        assertEquals(List.of(), store.range(-1, 1, 0), "no earlier session in memory");
    }
}
