package dev.loomlab.quiz;

import dev.loomlab.display.Displayable;
import dev.loomlab.display.MimeBundle;
import dev.loomlab.display.MimeTypes;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A quiz for a notebook cell: one or more questions shown as interactive HTML, Markdown and
 * plain text in one output. Built in Java or from a {@code %%quiz} body:
 * <pre>{@code
 * quiz("What does gather do when one task fails?")
 *     .choice("cancels the other tasks")
 *     .correct("raises the first error; the others keep running")
 *     .explain("asyncio.gather never cancels its children on failure.")
 * }</pre>
 * {@link #provedBy} runs code whose result must agree with the key; a disagreement throws
 * {@link AnswerKeyException} at once, so a notebook with a wrong key fails to execute.
 */
public final class Quiz implements Displayable {
    private static final AtomicInteger SHOWN = new AtomicInteger();

    private final List<Question> done = new ArrayList<>();
    private String prompt;
    private final List<Choice> choices = new ArrayList<>();
    private String typed;
    private double tolerance;
    private String explanation = "";
    private Question.Kind kind;

    private Quiz(String prompt, Question.Kind kind) {
        this.prompt = prompt;
        this.kind = kind;
    }

    /** A question answered by choosing (add {@link #choice} and {@link #correct}) or typing ({@link #answer}). */
    public static Quiz quiz(String prompt) {
        return new Quiz(prompt, null);
    }

    /** "True or false: statement". */
    public static Quiz trueFalse(String statement, boolean isTrue) {
        Quiz q = new Quiz("True or false: " + statement, Question.Kind.TRUE_FALSE);
        q.choices.add(new Choice("true", isTrue));
        q.choices.add(new Choice("false", !isTrue));
        return q;
    }

    /** "What does this print?" with the code shown and the exact expected output as the key. */
    public static Quiz predictOutput(String code, String expectedOutput) {
        Quiz q = new Quiz("What does this print?\n\n```java\n" + code.strip() + "\n```", Question.Kind.OUTPUT);
        q.typed = expectedOutput.strip();
        return q;
    }

    /** The questions of a {@code %%quiz} body (see {@link QuizParser} for the syntax). */
    public static Quiz fromText(String body) {
        Quiz quiz = new Quiz(null, null);
        quiz.done.addAll(QuizParser.parse(body));
        return quiz;
    }

    public Quiz choice(String text) {
        requireChoiceQuestion();
        choices.add(new Choice(text, false));
        return this;
    }

    public Quiz correct(String text) {
        requireChoiceQuestion();
        choices.add(new Choice(text, true));
        return this;
    }

    public Quiz explain(String text) {
        requireOpen();
        explanation = text;
        return this;
    }

    /** A typed text answer (compared ignoring case). */
    public Quiz answer(String text) {
        requireOpen();
        typed = text;
        kind = Question.Kind.TYPED;
        return this;
    }

    /** A typed numeric answer; anything within {@code tolerance} counts. */
    public Quiz answer(double number, double tolerance) {
        answer(AnswerKey.formatNumber(number));
        this.tolerance = tolerance;
        return this;
    }

    /** Starts the next question of the same quiz. */
    public Quiz then(Quiz next) {
        List<Question> all = new ArrayList<>(questions());
        all.addAll(next.questions());
        Quiz merged = new Quiz(null, null);
        merged.done.addAll(all);
        return merged;
    }

    /**
     * Runs {@code proof} now and checks its value against the key of the last question: a
     * choice index (0-based), letter or text; a Boolean for true/false; the typed answer;
     * for {@link #predictOutput} the text the proof prints (its return value is ignored).
     *
     * @throws AnswerKeyException when the key and the code disagree, showing both
     */
    public Quiz provedBy(Callable<?> proof) {
        Question q = current();
        Object actual = q.kind() == Question.Kind.OUTPUT ? printedBy(proof) : call(proof);
        String disagreement = AnswerKey.disagreement(q, actual);
        if (disagreement != null) throw new AnswerKeyException(q.prompt(), disagreement);
        return this;
    }

    /** Same as {@link #provedBy(Callable)} for code that only prints. */
    public Quiz provedBy(Runnable proof) {
        return provedBy(() -> {
            proof.run();
            return null;
        });
    }

    public List<Question> questions() {
        List<Question> all = new ArrayList<>(done);
        if (prompt != null) all.add(current());
        return all;
    }

    @Override
    public MimeBundle toMimeBundle() {
        List<Question> all = questions();
        String id = "lq-" + Integer.toHexString(all.hashCode() & 0x7fffffff) + "-" + SHOWN.incrementAndGet();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(MimeTypes.PLAIN, QuizText.render(all));
        data.put(MimeTypes.MARKDOWN, QuizMarkdown.render(all));
        data.put(MimeTypes.HTML, QuizHtml.render(all, id));
        return MimeBundle.of(data);
    }

    @Override
    public String toString() {
        return QuizText.render(questions());
    }

    private Question current() {
        if (prompt == null) return done.get(done.size() - 1);
        Question.Kind k = kind != null ? kind : Question.Kind.CHOICE;
        if (k != Question.Kind.OUTPUT && k != Question.Kind.TYPED && choices.isEmpty()) {
            throw new IllegalStateException("the quiz \"" + prompt + "\" has no answer yet: add choice(...) and "
                    + "correct(...), or answer(...)");
        }
        if (k == Question.Kind.CHOICE && choices.stream().noneMatch(Choice::correct)) {
            throw new IllegalStateException("the quiz \"" + prompt + "\" has no right choice: add one with correct(...)");
        }
        return new Question(prompt, typed != null && k != Question.Kind.OUTPUT ? List.of() : choices,
                typed, tolerance, explanation, "", k);
    }

    private void requireOpen() {
        if (prompt == null) throw new IllegalStateException("this quiz came from %%quiz text; edit the text instead");
    }

    private void requireChoiceQuestion() {
        requireOpen();
        if (kind == Question.Kind.TRUE_FALSE || kind == Question.Kind.OUTPUT || typed != null) {
            throw new IllegalStateException("choices only fit a quiz(...) question without a typed answer");
        }
    }

    private static Object call(Callable<?> proof) {
        try {
            return proof.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("the quiz's proof code failed: " + e, e);
        }
    }

    /** Captures what the proof prints; System.out is swapped only while the proof runs. */
    private static synchronized String printedBy(Callable<?> proof) {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            call(proof);
        } finally {
            System.out.flush();
            System.setOut(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
