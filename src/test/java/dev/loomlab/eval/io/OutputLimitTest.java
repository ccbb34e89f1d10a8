package dev.loomlab.eval.io;

import dev.loomlab.display.RecordingSink;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutputLimitTest {

    private static void print(CellIo io, String stream, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        io.write(stream, bytes, 0, bytes.length);
    }

    @Test
    void aCellKeepsTheFirstBytesUpToTheLimitAndEndsWithOneNoteOfWhatWasDropped() {
        RecordingSink sink = new RecordingSink();
        CellIo io = new CellIo(sink, null, new OutputLimit(1000));
        for (int i = 0; i < 10_000; i++) {
            print(io, "stdout", "0123456789\n".substring(0, 10) + "\n"); // 11 bytes a line
        }
        io.close();
        assertEquals(1000, sink.stdout().getBytes(StandardCharsets.UTF_8).length);
        assertTrue(sink.stdout().startsWith("0123456789\n0123456789\n"));
        String stderr = sink.stderr();
        assertEquals(1, stderr.split("dropped", -1).length - 1, stderr);
        assertTrue(stderr.contains("… 106.4 KB of output were dropped (limit 1000 bytes per cell"), stderr);
    }

    @Test
    void stdoutAndStderrShareTheLimitAndNothingIsKeptAfterTheFirstDrop() {
        RecordingSink sink = new RecordingSink();
        CellIo io = new CellIo(sink, null, new OutputLimit(10));
        print(io, "stdout", "12345678");
        print(io, "stderr", "abcd"); // only "ab" fits
        print(io, "stdout", "x");    // would fit a byte, but text after a gap would mislead
        io.close();
        assertEquals("12345678", sink.stdout());
        assertTrue(sink.stderr().startsWith("ab\n… 3 bytes of output were dropped"), sink.stderr());
    }

    @Test
    void theCutNeverSplitsACharacter() {
        RecordingSink sink = new RecordingSink();
        CellIo io = new CellIo(sink, null, new OutputLimit(5));
        print(io, "stdout", "aaaaé"); // é is two bytes; only its first would fit
        io.close();
        assertEquals("aaaa", sink.stdout());
        assertFalse(sink.stdout().contains("\uFFFD"));
    }

    @Test
    void underTheLimitThereIsNoNote() {
        RecordingSink sink = new RecordingSink();
        CellIo io = new CellIo(sink, null, new OutputLimit(1000));
        print(io, "stdout", "hello\n");
        io.close();
        assertEquals("hello\n", sink.stdout());
        assertEquals("", sink.stderr());
    }

    @Test
    void theLimitComesFromMegabytesAndFallsBackToFiveOnNonsense() {
        assertEquals(5L * 1024 * 1024, OutputLimit.parse(null).bytes());
        assertEquals(5L * 1024 * 1024, OutputLimit.parse("lots").bytes());
        assertEquals(5L * 1024 * 1024, OutputLimit.parse("-3").bytes());
        assertEquals(512L * 1024, OutputLimit.parse("0.5").bytes());
        assertEquals(20L * 1024 * 1024, OutputLimit.parse(" 20 ").bytes());
        assertEquals("95.0 MB", OutputLimit.size(95L * 1024 * 1024, false));
        assertEquals("5 MB", OutputLimit.size(5L * 1024 * 1024, true));
    }
}
