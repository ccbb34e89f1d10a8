package dev.loomlab.eval;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CellEvaluationTest extends EngineFixture {

    @Test
    void aCellWithStatementsMethodClassAndTrailingExpressionShowsTheExpression() {
        String cell = """
                int base = 40;
                // a helper
                int twice(int x) {
                    return 2 * x;
                }
                class Counter {
                    int n;
                    int next() { return ++n; }
                }
                var counter = new Counter();
                counter.next();
                base + twice(counter.next()) / 2
                """;
        assertEquals("42", value(cell));
    }

    @Test
    void definitionsCanBeRedefinedInALaterCell() {
        value("String greet(String name) { return \"Hello \" + name; }");
        assertEquals("\"Hello Ada\"", value("greet(\"Ada\")"));
        value("String greet(String name) { return \"Hi \" + name; }");
        assertEquals("\"Hi Ada\"", value("greet(\"Ada\")"));
        value("int limit = 3;");
        value("long limit = 5L;");
        assertEquals("5", value("limit"));
    }

    @Test
    void aDeclarationStatementOrVoidCallAtTheEndShowsNothing() {
        assertNull(value("int y = 2;"));
        assertNull(value("int z = 3"));
        assertNull(value("System.out.print(\"\")"));
        assertNull(value("for (int i = 0; i < 2; i++) { }"));
        assertNull(value("void nothing() {}"));
    }

    @Test
    void theLastExpressionIsTheResultEvenAfterOtherExpressions() {
        assertEquals("3", value("1 + 1;\n2 + 1"));
        assertEquals("\"text\"", value("\"text\""));
        assertEquals("[1, 2, 3]", value("new int[] {1, 2, 3}"));
        assertEquals("null", value("String nothing = null;\nnothing"));
    }

    @Test
    void preloadedImportsAreAvailable() {
        assertEquals("[1, 2]", value("new ArrayList<>(List.of(1, 2))"));
        assertEquals("PT1S", value("Duration.ofSeconds(1)"));
        assertEquals("true", value("new ConcurrentHashMap<String, Integer>().isEmpty()"));
        assertTrue(engine.preloadedImports().contains("import static dev.loomlab.display.Display.*;"));
    }

    @Test
    void anErrorStopsTheCellButKeepsWhatRanBefore() {
        run("int before = 1;\nint boom = 1 / 0;\nint after = 2;");
        assertEquals("1", value("before"));
        assertTrue(run("after") instanceof Interpreter.Outcome.Failure, "the line after the error must not run");
    }

    @Test
    void aShownValueIsNotKeptAliveByTheSession() {
        value("""
                var handedOut = new ArrayList<java.lang.ref.WeakReference<Object>>();
                Object handOut() { var o = new int[1_000_000]; handedOut.add(new java.lang.ref.WeakReference<>(o)); return o; }
                """);
        assertNotNull(value("handOut()"));
        assertEquals("true", value("""
                boolean freed = false;
                for (int i = 0; i < 20 && !freed; i++) { System.gc(); Thread.sleep(50); freed = handedOut.get(0).get() == null; }
                freed
                """), "the value of a bare expression stayed reachable after it was shown");
    }

    @Test
    void languageVersionIsTheRuntimeVersion() {
        assertEquals(String.valueOf(Runtime.version().feature()), engine.languageVersion().split("\\.")[0]);
    }
}
