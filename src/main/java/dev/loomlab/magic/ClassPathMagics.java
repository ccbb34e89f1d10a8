package dev.loomlab.magic;

import dev.loomlab.eval.ClassPathGlobs;
import dev.loomlab.eval.Interpreter.Outcome;
import dev.loomlab.eval.Settings;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** %jars and %classpath, as in IJava: put jars or class folders (globs allowed) on the class path. */
final class ClassPathMagics {
    private ClassPathMagics() {}

    static void register(MagicRegistry registry) {
        registry.line("jars", new Magic() {
            public String help() {
                return "add jars to the class path: %jars lib/*.jar other.jar (globs allowed)";
            }

            public Outcome run(String args, String body, MagicContext ctx) {
                return add("%jars", Settings.splitOptions(args), true, ctx);
            }
        });
        registry.line("classpath", new Magic() {
            public String help() {
                return "add folders or jars to the class path: %classpath build/classes lib/*.jar";
            }

            public Outcome run(String args, String body, MagicContext ctx) {
                List<String> patterns = new ArrayList<>();
                // IJava also takes one path-separator list, as in a java -cp argument.
                for (String word : Settings.splitOptions(args)) {
                    for (String part : word.split(Pattern.quote(File.pathSeparator))) {
                        if (!part.isBlank()) patterns.add(part);
                    }
                }
                return add("%classpath", patterns, false, ctx);
            }
        });
    }

    private static Outcome add(String magic, List<String> patterns, boolean jarsOnly, MagicContext ctx) {
        if (patterns.isEmpty()) {
            return MagicFailure.of("UsageError", magic + " needs at least one path, e.g. " + magic
                    + (jarsOnly ? " lib/*.jar" : " target/classes"));
        }
        List<Path> entries = new ArrayList<>();
        for (String pattern : patterns) {
            List<Path> found = ClassPathGlobs.expand(pattern).stream()
                    .filter(p -> !jarsOnly || Files.isRegularFile(p)).toList();
            if (found.isEmpty()) {
                return MagicFailure.of("FileNotFoundException", magic + " found nothing at " + pattern
                        + " (relative paths start in " + Path.of("").toAbsolutePath() + ")");
            }
            entries.addAll(found);
        }
        ctx.engine().addToClassPath(entries);
        ctx.print("Added to the class path: " + names(entries));
        return new Outcome.Success(null);
    }

    static String names(List<Path> entries) {
        return String.join(", ", entries.stream().map(p -> String.valueOf(p.getFileName())).toList());
    }
}
