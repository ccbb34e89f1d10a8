package dev.loomlab.quiz;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuizParserTest {

    @Test
    void readsEveryLineKind() {
        List<Question> qs = QuizParser.parse("""
                ? asyncio-style gather(..., returnExceptions = true) will:
                - raise the first error
                + collect exceptions in the results list
                > With returnExceptions the failures come back in place,
                > in argument order.
                """);
        assertEquals(1, qs.size());
        Question q = qs.get(0);
        assertEquals("asyncio-style gather(..., returnExceptions = true) will:", q.prompt());
        assertEquals(List.of(new Choice("raise the first error", false),
                new Choice("collect exceptions in the results list", true)), q.choices());
        assertEquals("With returnExceptions the failures come back in place,\nin argument order.", q.explanation());
        assertEquals(Question.Kind.CHOICE, q.kind());
        assertEquals("b", q.answerLabel());
    }

    @Test
    void blankLinesSeparateQuestionsButNotInsideFencedCode() {
        List<Question> qs = QuizParser.parse("""
                ? What does this print?
                ```java
                System.out.println(1);

                System.out.println(2);
                ```
                | 1
                | 2

                ? How many cores can Java threads use?
                = 2 ± 0
                ! Runtime.getRuntime().availableProcessors()

                ? Pick the awaitables
                + a Task
                + a gather
                - an int
                """);
        assertEquals(3, qs.size());
        assertEquals(Question.Kind.OUTPUT, qs.get(0).kind());
        assertTrue(qs.get(0).prompt().contains("System.out.println(2);"));
        assertEquals("1\n2", qs.get(0).typedAnswer());
        assertEquals(Question.Kind.TYPED, qs.get(1).kind());
        assertEquals("Runtime.getRuntime().availableProcessors()", qs.get(1).proofSource());
        assertTrue(qs.get(2).isManyChoice());
        assertEquals("a, b", qs.get(2).answerLabel());
    }

    @Test
    void trueFalseIsRecognised() {
        Question q = QuizParser.parse("? gather cancels the other tasks when one fails\n- true\n+ false\n").get(0);
        assertEquals(Question.Kind.TRUE_FALSE, q.kind());
        assertNull(AnswerKey.disagreement(q, false));
        assertNotNull(AnswerKey.disagreement(q, true));
    }

    @Test
    void numericAnswerWithTolerance() {
        Question q = QuizParser.parse("? roughly how long does gather of 1 s and 2 s sleeps take?\n= 2.0 ± 0.1").get(0);
        assertEquals(0.1, q.tolerance(), 1e-9);
        assertNull(AnswerKey.disagreement(q, 2.05));
        assertNotNull(AnswerKey.disagreement(q, 3.0));
        assertTrue(AnswerKey.acceptsTyped(q, " 1.95 "));
    }

    @Test
    void errorsNameTheLineAndWhatWasExpected() {
        var noMarker = assertThrows(QuizSyntaxException.class, () -> QuizParser.parse("? q\n+ a\n\nstray text"));
        assertEquals(4, noMarker.line());
        assertTrue(noMarker.getMessage().contains("expected a line starting with ?"), noMarker.getMessage());

        var noQuestion = assertThrows(QuizSyntaxException.class, () -> QuizParser.parse("+ an answer first"));
        assertEquals(1, noQuestion.line());

        var noRight = assertThrows(QuizSyntaxException.class, () -> QuizParser.parse("\n? q\n- a\n- b"));
        assertEquals(2, noRight.line());
        assertTrue(noRight.getMessage().contains("no right choice"));

        var noAnswer = assertThrows(QuizSyntaxException.class, () -> QuizParser.parse("? lonely question"));
        assertTrue(noAnswer.getMessage().contains("has no answer"));

        var mixed = assertThrows(QuizSyntaxException.class, () -> QuizParser.parse("? q\n+ a\n= 3"));
        assertTrue(mixed.getMessage().contains("mixes"));

        var badTolerance = assertThrows(QuizSyntaxException.class, () -> QuizParser.parse("? q\n= 3 ± lots"));
        assertEquals(2, badTolerance.line());

        var openFence = assertThrows(QuizSyntaxException.class, () -> QuizParser.parse("? q\n```\ncode\n"));
        assertTrue(openFence.getMessage().contains("never closed"));

        assertThrows(QuizSyntaxException.class, () -> QuizParser.parse("\n\n"));
    }
}
