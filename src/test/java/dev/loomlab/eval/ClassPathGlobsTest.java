package dev.loomlab.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClassPathGlobsTest {

    @TempDir
    Path dir;

    private Path touch(String name) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "");
    }

    @Test
    void aStarMatchesFilesInOneFolder() throws Exception {
        Path a = touch("lib/a.jar");
        Path b = touch("lib/b.jar");
        touch("lib/notes.txt");
        touch("lib/deeper/c.jar");
        assertEquals(List.of(a, b), ClassPathGlobs.expand("lib/*.jar", dir));
    }

    @Test
    void twoStarsGoIntoSubfolders() throws Exception {
        Path a = touch("lib/a.jar");
        Path c = touch("lib/deeper/c.jar");
        assertEquals(List.of(a, c), ClassPathGlobs.expand("lib/**.jar", dir));
    }

    @Test
    void aPlainPathMustExist() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("classes"));
        assertEquals(List.of(folder), ClassPathGlobs.expand("classes", dir));
        assertEquals(List.of(), ClassPathGlobs.expand("missing.jar", dir));
        assertEquals(List.of(), ClassPathGlobs.expand("nowhere/*.jar", dir));
    }

    @Test
    void absolutePatternsIgnoreTheBase() throws Exception {
        Path a = touch("lib/a.jar");
        assertEquals(List.of(a), ClassPathGlobs.expand(dir.resolve("lib") + "/*.jar", Path.of("/")));
    }
}
