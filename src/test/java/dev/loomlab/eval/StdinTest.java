package dev.loomlab.eval;

import dev.loomlab.display.RecordingSink;
import dev.loomlab.eval.Interpreter.Outcome;
import dev.loomlab.eval.io.InputSource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StdinTest extends EngineFixture {

    /** Answers input requests from a script, and remembers that it was asked. */
    static final class ScriptedInput implements InputSource {
        final Deque<String> answers;
        final List<String> asked = new ArrayList<>();

        ScriptedInput(String... answers) {
            this.answers = new ArrayDeque<>(List.of(answers));
        }

        @Override
        public String readLine(String prompt, boolean password) {
            asked.add(prompt);
            return answers.poll();
        }
    }

    private static Outcome runWithInput(String code, RecordingSink sink, InputSource input) {
        return engine.execute(code, nextCount(), sink, input);
    }

    @Test
    void aScannerOnSystemInReadsLinesFromTheFrontendAcrossCells() {
        ScriptedInput input = new ScriptedInput("Ada", "36");
        RecordingSink sink = new RecordingSink();
        runWithInput("Scanner in = new Scanner(System.in);\nSystem.out.print(\"Name: \");\nString name = in.nextLine();", sink, input);
        assertEquals("Name: ", sink.stdout(), "the prompt is shown before the input is asked for");
        Outcome age = runWithInput("int age = Integer.parseInt(in.nextLine());\nname + \" is \" + age", new RecordingSink(), input);
        assertEquals("\"Ada is 36\"", ((Outcome.Success) age).value().data().get("text/plain"));
        assertEquals(2, input.asked.size());
    }

    @Test
    void aNewScannerInALaterCellGetsTheNextLine() {
        ScriptedInput input = new ScriptedInput("first", "second");
        runWithInput("String a = new Scanner(System.in).nextLine();", new RecordingSink(), input);
        Outcome b = runWithInput("new java.io.BufferedReader(new java.io.InputStreamReader(System.in)).readLine()",
                new RecordingSink(), input);
        assertEquals("\"second\"", ((Outcome.Success) b).value().data().get("text/plain"));
    }

    @Test
    void readingWhenTheFrontendAcceptsNoInputFailsWithAClearMessage() {
        Outcome outcome = runWithInput("new Scanner(System.in).nextLine()", new RecordingSink(), null);
        Outcome.Failure failure = assertInstanceOf(Outcome.Failure.class, outcome);
        assertEquals("IllegalStateException", failure.ename());
        assertTrue(failure.evalue().contains("this frontend does not accept input"), failure.evalue());
    }
}
