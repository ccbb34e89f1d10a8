package dev.loomlab.eval;

import java.io.File;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsTest {

    @Test
    void nothingSetMeansNoExtrasAndNoTimeLimit() {
        Settings settings = Settings.from(Map.of());
        assertEquals(List.of(), settings.classPath());
        assertEquals(List.of(), settings.compilerOptions());
        assertEquals(List.of(), settings.startupScriptPaths());
        assertNull(settings.startupScript());
        assertEquals(Settings.NO_TIMEOUT, settings.timeoutMillis());
        assertEquals(List.of(), settings.problems());
    }

    @Test
    void ijavaNamesAreReadWhenLoomlabNamesAreAbsent() {
        String sep = File.pathSeparator;
        Settings settings = Settings.from(Map.of(
                "IJAVA_CLASSPATH", "lib/a.jar" + sep + " lib/*.jar ",
                "IJAVA_COMPILER_OPTS", "-parameters -Xlint:all",
                "IJAVA_STARTUP_SCRIPTS_PATH", "init.jsh",
                "IJAVA_STARTUP_SCRIPT", "int answer = 42;",
                "IJAVA_TIMEOUT", "5000"));
        assertEquals(List.of("lib/a.jar", "lib/*.jar"), settings.classPath());
        assertEquals(List.of("-parameters", "-Xlint:all"), settings.compilerOptions());
        assertEquals(List.of("init.jsh"), settings.startupScriptPaths());
        assertEquals("int answer = 42;", settings.startupScript());
        assertEquals(5000, settings.timeoutMillis());
    }

    @Test
    void loomlabNamesWinOverIjavaNames() {
        Settings settings = Settings.from(Map.of(
                "IJAVA_COMPILER_OPTS", "-parameters", "LOOMLAB_COMPILER_OPTS", "--enable-preview",
                "IJAVA_TIMEOUT", "5000", "LOOMLAB_TIMEOUT", "-1"));
        assertEquals(List.of("--enable-preview"), settings.compilerOptions());
        assertEquals(Settings.NO_TIMEOUT, settings.timeoutMillis());
    }

    @Test
    void jjavaNamesAreReadWhenLoomlabNamesAreAbsent() {
        String sep = File.pathSeparator;
        Settings settings = Settings.from(Map.of(
                "JJAVA_CLASSPATH", "lib/a.jar" + sep + "lib/b.jar",
                "JJAVA_COMPILER_OPTS", "-parameters",
                "JJAVA_STARTUP_SCRIPTS_PATH", "init.jsh",
                "JJAVA_STARTUP_SCRIPT", "int answer = 42;",
                "JJAVA_TIMEOUT", "5000"));
        assertEquals(List.of("lib/a.jar", "lib/b.jar"), settings.classPath());
        assertEquals(List.of("-parameters"), settings.compilerOptions());
        assertEquals(List.of("init.jsh"), settings.startupScriptPaths());
        assertEquals("int answer = 42;", settings.startupScript());
        assertEquals(5000, settings.timeoutMillis());
    }

    @Test
    void loomlabWinsOverJjavaWhichWinsOverIjava() {
        Map<String, String> all = Map.of(
                "LOOMLAB_TIMEOUT", "100", "JJAVA_TIMEOUT", "200", "IJAVA_TIMEOUT", "300",
                "JJAVA_STARTUP_SCRIPT", "int jjava = 1;", "IJAVA_STARTUP_SCRIPT", "int ijava = 1;");
        Settings settings = Settings.from(all);
        assertEquals(100, settings.timeoutMillis());
        assertEquals("int jjava = 1;", settings.startupScript());
        assertEquals(200, Settings.from(Map.of("JJAVA_TIMEOUT", "200", "IJAVA_TIMEOUT", "300")).timeoutMillis());
    }

    @Test
    void anUnreadableValueIsExplainedUnderTheNameItCameFrom() {
        Settings settings = Settings.from(Map.of("JJAVA_TIMEOUT", "soon"));
        assertEquals(Settings.NO_TIMEOUT, settings.timeoutMillis());
        assertTrue(settings.problems().get(0).startsWith("JJAVA_TIMEOUT=\"soon\""), settings.problems().get(0));
    }

    @Test
    void timeoutsAreMillisecondsUnlessAUnitIsGiven() {
        assertEquals(250, Settings.from(Map.of("LOOMLAB_TIMEOUT", "250")).timeoutMillis());
        assertEquals(30_000, Settings.from(Map.of("LOOMLAB_TIMEOUT", "30s")).timeoutMillis());
        assertEquals(120_000, Settings.from(Map.of("LOOMLAB_TIMEOUT", "2m")).timeoutMillis());
        assertEquals(Settings.NO_TIMEOUT, Settings.from(Map.of("LOOMLAB_TIMEOUT", "0")).timeoutMillis());
    }

    @Test
    void anUnreadableTimeoutIsIgnoredAndExplained() {
        Settings settings = Settings.from(Map.of("LOOMLAB_TIMEOUT", "soon"));
        assertEquals(Settings.NO_TIMEOUT, settings.timeoutMillis());
        assertEquals(1, settings.problems().size());
        assertTrue(settings.problems().get(0).contains("\"soon\""), settings.problems().get(0));
    }

    @Test
    void quotedOptionsKeepTheirSpaces() {
        assertEquals(List.of("-Akey=a b", "-g"), Settings.splitOptions("\"-Akey=a b\"  -g"));
    }
}
