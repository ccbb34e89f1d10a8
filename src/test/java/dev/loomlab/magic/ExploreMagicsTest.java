package dev.loomlab.magic;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class ExploreMagicsTest {

    @Test
    void argumentsBecomeTheExplorersSettings() {
        assertEquals("dev.loomlab.async.Async.explorer().explore(() -> {BODY})", ExploreMagics.javaFor(""));
        assertEquals("dev.loomlab.async.Async.explorer().runs(500).seed(-7L).jitter(0.2).exhaustiveUpTo(0)"
                        + ".explore(() -> {BODY}).replay(12L)",
                ExploreMagics.javaFor(" 500 --seed -7 --jitter 0.2 --bound 0 --replay 12"));
    }

    @Test
    void theRestOfTheLineAfterExpectIsThePredicate() {
        assertEquals("dev.loomlab.async.Async.explorer().jitter(0.5).explore(() -> {BODY})"
                        + ".expect(\"v -> v.equals(\\\"ok\\\")\", v -> v.equals(\"ok\"))",
                ExploreMagics.javaFor(" --jitter 0.5 --expect v -> v.equals(\"ok\")"));
        var empty = assertThrows(IllegalArgumentException.class, () -> ExploreMagics.javaFor("--expect "));
        assertTrue(empty.getMessage().startsWith("--expect needs a predicate"), empty.getMessage());
    }

    @Test
    void badArgumentsSayWhatIsExpected() {
        var unknown = assertThrows(IllegalArgumentException.class, () -> ExploreMagics.javaFor("--jiter 0.2"));
        assertTrue(unknown.getMessage().contains("unknown argument \"--jiter\""), unknown.getMessage());
        var noSeed = assertThrows(IllegalArgumentException.class, () -> ExploreMagics.javaFor("--seed"));
        assertEquals("--seed needs a whole number", noSeed.getMessage());
        var zeroRuns = assertThrows(IllegalArgumentException.class, () -> ExploreMagics.javaFor("0"));
        assertEquals("runs must be at least 1", zeroRuns.getMessage());
        var jitter = assertThrows(IllegalArgumentException.class, () -> ExploreMagics.javaFor("--jitter 1.5"));
        assertTrue(jitter.getMessage().startsWith("--jitter needs a fraction"), jitter.getMessage());
    }
}
