package dev.loomlab.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands one class path entry or script path that may be a glob ({@code lib/*.jar},
 * {@code ~/jars/**.jar}), as IJava's %jars, %classpath and its path settings accept them.
 * Relative patterns are taken from the kernel's working directory, which Jupyter sets to the
 * notebook's folder. Forward slashes work on every OS.
 */
public final class ClassPathGlobs {

    private ClassPathGlobs() {}

    /** The existing files or folders the pattern names, sorted; empty when nothing matches. */
    public static List<Path> expand(String pattern) {
        return expand(pattern, Path.of("").toAbsolutePath());
    }

    public static List<Path> expand(String pattern, Path base) {
        String p = pattern.strip();
        if (p.equals("~") || p.startsWith("~/")) p = System.getProperty("user.home") + p.substring(1);
        int firstGlob = firstGlobChar(p);
        if (firstGlob < 0) {
            Path plain = base.resolve(p).normalize();
            return Files.exists(plain) ? List.of(plain) : List.of();
        }
        // Walk from the last folder before the first glob character.
        int slash = Math.max(p.lastIndexOf('/', firstGlob), p.lastIndexOf(java.io.File.separatorChar, firstGlob));
        Path root = base.resolve(slash < 0 ? "" : p.substring(0, slash + 1)).normalize();
        if (!Files.isDirectory(root)) return List.of();
        String rest = slash < 0 ? p : p.substring(slash + 1);
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + rest);
        int depth = rest.contains("**") ? Integer.MAX_VALUE : rest.split("/", -1).length;
        try (Stream<Path> files = Files.walk(root, depth)) {
            return files.filter(f -> !f.equals(root) && matcher.matches(root.relativize(f)))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root + ": " + e.getMessage(), e);
        }
    }

    private static int firstGlobChar(String p) {
        for (int i = 0; i < p.length(); i++) {
            if ("*?[{".indexOf(p.charAt(i)) >= 0) return i;
        }
        return -1;
    }
}
