package dev.loomlab.magic;

import static org.junit.jupiter.api.Assertions.*;

import dev.loomlab.display.MimeBundle;
import dev.loomlab.display.OutputSink;
import dev.loomlab.eval.Interpreter.Outcome;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MagicInterpreterTest {
    private final RecordingEngine engine = new RecordingEngine();
    private final MagicInterpreter magics = new MagicInterpreter(engine, Magics.standard());
    private final RecordingSink sink = new RecordingSink();

    static final class RecordingSink implements OutputSink {
        final StringBuilder stdout = new StringBuilder();
        final List<MimeBundle> displays = new ArrayList<>();

        @Override
        public void stream(String name, String text) {
            if (name.equals("stdout")) stdout.append(text);
        }

        @Override
        public void display(MimeBundle bundle, String displayId, boolean update) {
            displays.add(bundle);
        }

        @Override
        public void clearOutput(boolean wait) {}
    }

    private Outcome run(String cell) {
        return magics.execute(cell, 1, sink, null);
    }

    @Test
    void tabOnAMagicNameOffersTheMagicsNotJava() {
        var completion = magics.complete("%ma", 3);
        assertEquals(List.of("%maven", "%mavenRepo"), completion.matches());
        assertEquals(0, completion.cursorStart());
        assertEquals(3, completion.cursorEnd());

        String cell = "int x = 1;\n  %mavenR";
        var later = magics.complete(cell, cell.length());
        assertEquals(List.of("%mavenRepo"), later.matches());
        assertEquals(cell.indexOf('%'), later.cursorStart());

        assertEquals(List.of("%%quiz"), magics.complete("%%qu", 4).matches());
        assertEquals(List.of(), magics.complete("int y;\n%%qu", 11).matches(), "a cell magic works only on line 1");
        assertEquals(List.of(), magics.complete("%maven com.exa", 14).matches(), "arguments are not Java");
    }

    @Test
    void plainJavaGoesStraightToTheEngine() {
        run("int x = 1;\nx + 1");
        assertEquals(List.of("int x = 1;\nx + 1"), engine.executed);
    }

    @Test
    void javaAroundALineMagicKeepsItsLineNumbers() {
        run("int a = 1;\n%lsmagic\nint b = 2;\nb");
        assertEquals(List.of("int a = 1;\n", "\n\nint b = 2;\nb"), engine.executed);
        assertTrue(sink.stdout.toString().contains("%%quiz"));
    }

    @Test
    void aPercentLineInsideATextBlockIsJava() {
        String cell = "String s = \"\"\"\n%d items\n\"\"\";";
        run(cell);
        assertEquals(List.of(cell), engine.executed);
    }

    @Test
    void unknownMagicListsTheKnownOnes() {
        Outcome outcome = run("%frobnicate now");
        Outcome.Failure failure = assertInstanceOf(Outcome.Failure.class, outcome);
        assertEquals("UnknownMagic", failure.ename());
        assertTrue(failure.evalue().contains("%frobnicate"));
        assertTrue(failure.evalue().contains("%lsmagic"));
        assertTrue(failure.evalue().contains("%%quiz"));
        assertTrue(engine.executed.isEmpty());
    }

    @Test
    void quizCellShowsOneDisplayWithThreeMimeTypes() {
        assertInstanceOf(Outcome.Success.class, run("%%quiz\n? 1 + 1 is\n- 3\n+ 2\n> arithmetic"));
        assertEquals(1, sink.displays.size());
        assertEquals(3, sink.displays.get(0).data().size());
    }

    @Test
    void aProofThatAgreesLetsTheQuizShow() {
        engine.answer = code -> new Outcome.Success(MimeBundle.text("1"));
        assertInstanceOf(Outcome.Success.class, run("%%quiz --check\n? pick two\n- one\n+ two\n! List.of(\"one\", \"two\").indexOf(\"two\")"));
        assertEquals(List.of("run(() -> (List.of(\"one\", \"two\").indexOf(\"two\")), virtualClock())"), engine.executed);
        assertEquals(1, sink.displays.size());
    }

    @Test
    void aWrongKeyFailsTheCellShowingBoth() {
        engine.answer = code -> new Outcome.Success(MimeBundle.text("true"));
        Outcome.Failure failure = assertInstanceOf(Outcome.Failure.class,
                run("%%quiz\n? gather cancels the siblings\n- true\n+ false\n! siblingsCancelled()"));
        assertEquals("AnswerKeyException", failure.ename());
        assertTrue(failure.evalue().contains("the key says false, the code gives true"), failure.evalue());
        assertTrue(sink.displays.isEmpty(), "a quiz with a wrong key must not be shown");
    }

    @Test
    void anOutputQuestionComparesWhatTheProofPrints() {
        engine.printed = "a\nb\n";
        assertInstanceOf(Outcome.Success.class, run("%%quiz\n? what prints?\n| a\n| b\n! print()"));
        engine.printed = "b\na\n";
        assertInstanceOf(Outcome.Failure.class, run("%%quiz\n? what prints?\n| a\n| b\n! print()"));
    }

    @Test
    void checkDemandsAProofForEveryQuestion() {
        Outcome.Failure failure = assertInstanceOf(Outcome.Failure.class, run("%%quiz --check\n? q\n+ a\n- b"));
        assertTrue(failure.evalue().contains("add a line starting with !"));
    }

    @Test
    void aMalformedQuizNamesTheCellLine() {
        Outcome.Failure failure = assertInstanceOf(Outcome.Failure.class, run("%%quiz\n? q\n+ a\nnonsense"));
        assertEquals("QuizSyntaxError", failure.ename());
        assertTrue(failure.evalue().startsWith("cell line 4:"), failure.evalue());
    }

    @Test
    void askingWithoutStdinIsSkippedWithANote() {
        run("%%quiz\n? 1 + 1\n= 2");
        assertInstanceOf(Outcome.Success.class, run("%quiz ask"));
        assertTrue(sink.stdout.toString().contains("not asked here"));
    }

    @Test
    void askingWithStdinChecksTheAnswers() {
        run("%%quiz\n? 1 + 1\n= 2\n\n? pick b\n- a\n+ b");
        List<String> answers = new ArrayList<>(List.of("2", "a"));
        magics.execute("%quiz ask", 2, sink, (prompt, password) -> answers.remove(0));
        String out = sink.stdout.toString();
        assertTrue(out.contains("✔ Right."), out);
        assertTrue(out.contains("✘ Not quite: the answer is b."), out);
        assertTrue(out.contains("1 of 2 right."), out);
    }

    @Test
    void aManyChoiceProofMayNameSeveralChoicesAsAList() {
        engine.answer = code -> new Outcome.Success(MimeBundle.text("[0, 2]"));
        assertInstanceOf(Outcome.Success.class, run("%%quiz\n? Which are even?\n+ 2\n- 3\n+ 4\n! List.of(0, 2)"));
        engine.answer = code -> new Outcome.Success(MimeBundle.text("[0]"));
        assertInstanceOf(Outcome.Failure.class, run("%%quiz\n? Which are even?\n+ 2\n- 3\n+ 4\n! List.of(0)"));
    }

    @Test
    void aTrailingSemicolonOnAProofDoesNotHideItsValue() {
        run("%%quiz\n? q\n+ a\n- b\n! 0;");
        assertEquals(List.of("run(() -> (0), virtualClock())"), engine.executed);
    }

    @Test
    void aProofThatCannotRunOnAFreshLoopRunsAsWritten() {
        engine.answer = code -> code.startsWith("run(")
                ? new Outcome.Failure("CompilationException", "';' expected", List.of())
                : new Outcome.Success(MimeBundle.text("0"));
        assertInstanceOf(Outcome.Success.class, run("%%quiz\n? q\n+ a\n- b\n! int x = 0; x"));
        assertEquals(List.of("run(() -> (int x = 0; x), virtualClock())", "int x = 0; x"), engine.executed);
    }
}
