package dev.loomlab.eval;

import dev.loomlab.display.MimeBundle;
import dev.loomlab.display.RecordingSink;
import dev.loomlab.eval.Interpreter.Outcome;
import dev.loomlab.eval.loop.SessionLoop;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * One engine per test class (starting JShell costs a second); cells numbered as they run. Cells
 * run on a session event loop, as in the kernel that ships (Main).
 */
abstract class EngineFixture {

    static JShellInterpreter engine;
    private static SessionLoop session;
    private static int executionCount;

    @BeforeAll
    static void startEngine() {
        engine = new JShellInterpreter();
        session = new SessionLoop();
        engine.setCellHost(session);
        engine.awaitReady(); // completion and inspection answer "don't know" while JShell starts
        executionCount = 0;
    }

    @AfterAll
    static void stopEngine() {
        engine.close();
        session.close();
    }

    static int nextCount() {
        return ++executionCount;
    }

    static Outcome run(String code) {
        return run(code, new RecordingSink());
    }

    static Outcome run(String code, RecordingSink sink) {
        return engine.execute(code, nextCount(), sink, null);
    }

    /** Runs a cell that must succeed; returns its text/plain result (null when none). */
    static String value(String code) {
        Outcome outcome = run(code);
        Outcome.Success success = assertInstanceOf(Outcome.Success.class, outcome, () -> "cell failed: " + outcome);
        MimeBundle bundle = success.value();
        return bundle == null ? null : (String) bundle.data().get("text/plain");
    }

    static Outcome.Failure failure(String code) {
        Outcome outcome = run(code);
        return assertInstanceOf(Outcome.Failure.class, outcome, () -> "cell should fail: " + outcome);
    }
}
