package dev.loomlab.eval;

import dev.loomlab.display.RecordingSink;
import dev.loomlab.eval.Interpreter.Outcome.Failure;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A cell that calls System.exit (or Runtime exit/halt) fails plainly; the kernel's JVM keeps running. */
class ExitInCellTest extends EngineFixture {

    private static void assertRefused(String code, String call) {
        Failure failure = failure(code);
        assertEquals("SystemExitError", failure.ename());
        assertTrue(failure.evalue().startsWith(call + " was called in a cell; the kernel keeps running"),
                failure.evalue());
        assertTrue(failure.traceback().get(0).startsWith("SystemExitError: " + call), failure.traceback().toString());
        assertTrue(failure.traceback().get(1).contains("cell"), "the first frame is the user's call: " + failure.traceback());
    }

    @Test
    void systemExitFailsTheCellAndStateSurvives() {
        run("int before = 41;");
        assertRefused("System.out.println(\"bye\");\nSystem.exit(0);", "System.exit(0)");
        assertEquals("42", value("before + 1"));
    }

    @Test
    void runtimeExitAndHaltAreRefusedToo() {
        assertRefused("Runtime.getRuntime().exit(3);", "Runtime.getRuntime().exit(3)");
        assertRefused("Runtime r = Runtime.getRuntime();\nr.halt(4);", "Runtime.getRuntime().halt(4)");
    }

    @Test
    void methodReferencesAndCallsInsideMethodsAreRefused() {
        assertRefused("java.util.function.IntConsumer quit = System::exit;\nquit.accept(5);", "System.exit(5)");
        assertRefused("java.util.function.IntConsumer stop = Runtime.getRuntime()::halt;\nstop.accept(6);",
                "Runtime.getRuntime().halt(6)");
        run("void leave(int code) { System.exit(code); }");
        assertRefused("leave(7)", "System.exit(7)");
    }

    @Test
    void anEverydayCatchOfExceptionDoesNotSwallowIt() {
        Failure failure = failure("try { System.exit(1); } catch (Exception e) { System.out.println(\"caught\"); }");
        assertEquals("SystemExitError", failure.ename());
    }

    @Test
    void aThreadTheCellStartedReportsItLikeAnyUncaughtError() {
        RecordingSink sink = new RecordingSink();
        run("Thread t = new Thread(() -> System.exit(2));\nt.start();\nt.join();", sink);
        assertTrue(sink.stderr().contains("Exception in thread \"Thread-"), sink.stderr());
        assertTrue(sink.stderr().contains("SystemExitError: System.exit(2) was called in a cell"), sink.stderr());
        assertEquals("2", value("1 + 1"));
    }
}
