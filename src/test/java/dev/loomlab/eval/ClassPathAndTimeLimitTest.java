package dev.loomlab.eval;

import dev.loomlab.display.RecordingSink;
import dev.loomlab.eval.Interpreter.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Jars added between cells are usable by later cells; a cell over its time limit is stopped. */
class ClassPathAndTimeLimitTest extends EngineFixture {

    @TempDir
    static Path dir;

    /** Compiles one class into a jar, as a library would ship it. */
    static Path jarWith(String className, String source) throws Exception {
        Path src = dir.resolve("src/" + className.replace('.', '/') + ".java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, source);
        Path classes = Files.createDirectories(dir.resolve("classes-" + className));
        int rc = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), src.toString());
        assertEquals(0, rc, "javac failed");
        Path jar = dir.resolve(className + ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             var files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
        return jar;
    }

    @Test
    void aJarAddedToTheClassPathCompilesAndRunsInLaterCells() throws Exception {
        Path jar = jarWith("demo.lib.Shout", """
                package demo.lib;
                public class Shout { public static String loud(String s) { return s.toUpperCase() + "!"; } }
                """);
        Outcome before = run("demo.lib.Shout.loud(\"hi\")");
        assertInstanceOf(Outcome.Failure.class, before, "the class is unknown before it is added");
        engine.addToClassPath(List.of(jar));
        assertEquals("\"HI!\"", value("demo.lib.Shout.loud(\"hi\")"));
        assertEquals("\"OK!\"", value("import demo.lib.Shout;\nShout.loud(\"ok\")"));
    }

    @Test
    void aCellOverItsTimeLimitIsStoppedAndTheSessionKept() {
        value("int before = 5;");
        // Far above what a quick cell takes even on a busy machine, far below the long cell.
        Interpreter limited = new TimeLimitedInterpreter(engine, 3000);
        Outcome outcome = limited.execute("Thread.sleep(60_000);", nextCount(), new RecordingSink(), null);
        Outcome.Failure failure = assertInstanceOf(Outcome.Failure.class, outcome);
        assertEquals("TimeoutException", failure.ename());
        assertTrue(failure.evalue().contains("3000 ms"), failure.evalue());
        assertEquals("5", value("before"));
        Outcome quick = limited.execute("before + 1", nextCount(), new RecordingSink(), null);
        assertInstanceOf(Outcome.Success.class, quick, () -> "a quick cell is not affected by the limit: " + quick);
    }
}
