package dev.loomlab.eval;

import dev.loomlab.display.RecordingSink;
import dev.loomlab.eval.Interpreter.Outcome;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class UserExpressionTest extends EngineFixture {

    @Test
    void anExpressionGivesItsValue() {
        value("int total = 41;");
        Outcome outcome = engine.evaluateExpression("total + 1");
        assertEquals("42", assertInstanceOf(Outcome.Success.class, outcome).value().data().get("text/plain"));
    }

    @Test
    void aBrokenExpressionGivesAFailure() {
        assertEquals("CompilationException",
                assertInstanceOf(Outcome.Failure.class, engine.evaluateExpression("nosuchthing")).ename());
        assertEquals("ArithmeticException",
                assertInstanceOf(Outcome.Failure.class, engine.evaluateExpression("1 / 0")).ename());
    }

    @Test
    void anExpressionPrintsNothingAnywhere() {
        engine.evaluateExpression("java.util.stream.IntStream.range(0, 1).peek(System.out::println).sum()");
        RecordingSink next = new RecordingSink();
        run("System.out.println(\"only this\");", next);
        assertEquals("only this\n", next.stdout());
    }
}
