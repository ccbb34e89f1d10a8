package dev.loomlab.eval;

import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CompilerOptionsTest {

    private static final String FEATURE = String.valueOf(Runtime.version().feature());

    @Test
    void previewGetsTheSourceLevelJavacInsistsOn() {
        assertEquals(List.of("--enable-preview", "--source", FEATURE),
                CompilerOptions.forJShell(List.of("--enable-preview")));
    }

    @Test
    void aSourceLevelTheUserGaveIsKept() {
        assertEquals(List.of("--enable-preview", "--release", FEATURE),
                CompilerOptions.forJShell(List.of("--enable-preview", "--release", FEATURE)));
    }

    @Test
    void otherOptionsPassUnchanged() {
        assertEquals(List.of("-parameters"), CompilerOptions.forJShell(List.of("-parameters")));
    }
}
