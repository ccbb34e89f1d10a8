package dev.loomlab.eval;

import dev.loomlab.eval.Interpreter.Outcome.Failure;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ErrorReportTest extends EngineFixture {

    private static String trace(Failure failure) {
        return String.join("\n", failure.traceback());
    }

    @Test
    void aRuntimeErrorNamesTheExceptionAndTheCellLine() {
        int cell = nextCountPeek();
        Failure failure = failure("int a = 1;\nint b = 0;\nint c = a / b;\n");
        assertEquals("ArithmeticException", failure.ename());
        assertEquals("/ by zero", failure.evalue());
        assertEquals("ArithmeticException: / by zero", failure.traceback().get(0));
        assertEquals("    at cell " + cell + ", line 3", failure.traceback().get(1), trace(failure));
        assertFalse(trace(failure).contains("jshell"), trace(failure));
        assertFalse(trace(failure).contains("dev.loomlab"), trace(failure));
        assertFalse(trace(failure).contains("reflect"), trace(failure));
    }

    @Test
    void aNullPointerNamesTheUsersVariablesNotTheEnginesWrappers() {
        value("String greeting = null;");
        value("record Point(int x) {}\nPoint origin = null;");
        Failure onVariable = failure("greeting.length()");
        assertEquals("Cannot invoke \"String.length()\" because \"greeting\" is null", onVariable.evalue());
        assertEquals("NullPointerException: " + onVariable.evalue(), onVariable.traceback().get(0));
        Failure onRecord = failure("origin.x()");
        assertEquals("Cannot invoke \"Point.x()\" because \"origin\" is null", onRecord.evalue());
    }

    @Test
    void anErrorInAMethodFromAnEarlierCellPointsIntoThatCell() {
        int defining = nextCountPeek();
        value("""
                // helpers
                class Account {
                    int balance;
                    void withdraw(int amount) {
                        if (amount > balance) {
                            throw new IllegalStateException("not enough money");
                        }
                        balance -= amount;
                    }
                }
                void pay(Account account) {
                    account.withdraw(10);
                }
                """);
        int calling = nextCountPeek();
        Failure failure = failure("var account = new Account();\npay(account);");
        assertEquals("IllegalStateException", failure.ename());
        assertEquals("IllegalStateException: not enough money", failure.traceback().get(0));
        assertEquals("    at Account.withdraw(cell " + defining + ", line 6)", failure.traceback().get(1), trace(failure));
        assertEquals("    at pay(cell " + defining + ", line 12)", failure.traceback().get(2), trace(failure));
        assertEquals("    at cell " + calling + ", line 2", failure.traceback().get(3), trace(failure));
        assertEquals(4, failure.traceback().size(), trace(failure));
    }

    @Test
    void causesAreShownLikeJavaDoes() {
        Failure failure = failure("""
                try {
                    Integer.parseInt("x");
                } catch (NumberFormatException e) {
                    throw new RuntimeException("could not read the number", e);
                }
                """);
        String trace = trace(failure);
        assertEquals("RuntimeException", failure.ename());
        assertTrue(trace.contains("Caused by: NumberFormatException: For input string: \"x\""), trace);
        assertTrue(trace.contains("at java.base/java.lang.Integer.parseInt"), trace);
    }

    @Test
    void aUserDefinedExceptionIsNamedByItsOwnName() {
        value("class OutOfCoffee extends RuntimeException { OutOfCoffee() { super(\"refill\"); } }");
        Failure failure = failure("throw new OutOfCoffee();");
        assertEquals("OutOfCoffee", failure.ename());
        assertEquals("OutOfCoffee: refill", failure.traceback().get(0));
    }

    @Test
    void aCompileErrorShowsTheLineAndACaretUnderTheColumn() {
        int cell = nextCountPeek();
        Failure failure = failure("int ok = 1;\nint wrong = \"text\";\n");
        assertEquals("CompilationException", failure.ename());
        assertTrue(failure.evalue().contains("incompatible types"), failure.evalue());
        assertEquals("cell " + cell + ", line 2: error: " + failure.evalue(), failure.traceback().get(0));
        assertEquals("int wrong = \"text\";", failure.traceback().get(1));
        assertEquals("            ^", failure.traceback().get(2));
    }

    @Test
    void aCompileErrorInTheSecondSnippetOfALineHasTheRightColumn() {
        Failure failure = failure("int p = 1; String q = p;");
        assertEquals("int p = 1; String q = p;", failure.traceback().get(1));
        assertEquals("                      ^", failure.traceback().get(2));
    }

    @Test
    void anUndefinedSymbolIsACompileErrorThatSaysWhichSymbol() {
        Failure failure = failure("int n = undefinedVariable + 1;");
        assertEquals("CompilationException", failure.ename());
        assertTrue(trace(failure).contains("cannot find symbol"), trace(failure));
        assertTrue(trace(failure).contains("undefinedVariable"), trace(failure));
    }

    @Test
    void callingAMethodThatUsesSomethingUndefinedSaysWhatIsMissing() {
        var sink = new dev.loomlab.display.RecordingSink();
        assertTrue(run("void launch() { countdown(3); }", sink) instanceof Interpreter.Outcome.Success);
        assertTrue(sink.stderr().contains("method launch() is defined, but cannot be used until method countdown(int) is defined"),
                sink.stderr());
        Failure failure = failure("launch();");
        assertEquals("UnresolvedReferenceException", failure.ename());
        assertTrue(failure.evalue().contains("method launch() cannot be run: it uses method countdown(int)"), failure.evalue());
        value("void countdown(int from) { }");
        value("launch();");
    }

    @Test
    void aStackOverflowGivesAShortTraceThatSaysHowMuchWasLeftOut() {
        value("int down(int n) { return down(n + 1) + 1; }");
        Failure failure = failure("down(0)");
        assertEquals("StackOverflowError", failure.ename());
        assertTrue(failure.traceback().size() <= TracebackFormatter.MAX_FRAMES + 3, trace(failure));
        assertTrue(failure.traceback().get(1).startsWith("    at down(cell "), trace(failure));
    }

    @Test
    void anExceptionInAnotherThreadIsPrintedToTheCellsStderr() throws Exception {
        var sink = new dev.loomlab.display.RecordingSink();
        run("""
                Thread worker = new Thread(() -> { throw new IllegalStateException("worker failed"); }, "worker-1");
                worker.start();
                worker.join();
                """, sink);
        String err = sink.stderr();
        assertTrue(err.startsWith("Exception in thread \"worker-1\" IllegalStateException: worker failed"), err);
        assertTrue(err.contains("at lambda(cell "), err);
    }

    private static int nextCountPeek() {
        int next = nextCount();
        return next + 1;
    }

    @Test
    void aVeryDeepTraceIsCutWithACountOfWhatWasLeftOut() {
        Throwable deep = new StackOverflowError();
        StackTraceElement[] frames = new StackTraceElement[1024];
        java.util.Arrays.fill(frames, new StackTraceElement("Recursion", "down", "Recursion.java", 3));
        deep.setStackTrace(frames);
        java.util.List<String> lines = new TracebackFormatter(new SnippetOrigins()).lines(deep);
        assertEquals(1 + TracebackFormatter.MAX_FRAMES + 1, lines.size());
        assertTrue(lines.contains("    ... " + (1024 - TracebackFormatter.MAX_FRAMES) + " more frames left out ..."), lines.toString());
    }
}
