package dev.loomlab.eval.exec;

import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MemoryReliefTest {

    private static final long MB = 1 << 20;

    @Test
    void namesTheVariablesThatWereResetAndSaysAllIsWell() {
        String note = MemoryRelief.note(List.of("hog", "more"), 20 * MB, 512 * MB);
        assertTrue(note.contains("at most 512 MB"), note);
        assertTrue(note.contains("This cell's variables hog, more were set to null"), note);
        assertTrue(note.contains("Now 20 MB of 512 MB are in use; the kernel goes on as usual."), note);
    }

    @Test
    void saysWhenMemoryIsStillFullAfterwards() {
        String note = MemoryRelief.note(List.of(), 470 * MB, 512 * MB);
        assertFalse(note.contains("set to null so"), note);
        assertTrue(note.contains("Memory is still 92% full (470 MB of 512 MB)"), note);
        assertTrue(note.contains("restart the kernel"), note);
    }
}
