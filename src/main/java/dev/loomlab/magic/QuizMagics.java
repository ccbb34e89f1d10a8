package dev.loomlab.magic;

import dev.loomlab.display.MimeTypes;
import dev.loomlab.eval.Interpreter.Outcome;
import dev.loomlab.quiz.AnswerKey;
import dev.loomlab.quiz.Question;
import dev.loomlab.quiz.Quiz;
import dev.loomlab.quiz.QuizSyntaxException;
import java.util.List;

/**
 * {@code %%quiz [--check] [--ask]}: shows the quiz written in the cell body. Questions with
 * proof lines ({@code ! java}) are checked first by running the proof in this session; a key
 * that disagrees fails the cell, showing both answers. {@code --check} also demands that every
 * question has a proof. {@code %quiz ask} (or {@code --ask}) asks the learner at the keyboard.
 */
final class QuizMagics {
    private static final String NO_INPUT_NOTE =
            "(Quiz questions are not asked here: this frontend does not accept typed input, "
            + "as when a notebook runs headless. Click the answers above instead.)";

    private volatile Quiz lastQuiz;

    static void register(MagicRegistry registry) {
        QuizMagics magics = new QuizMagics();
        registry.cell("quiz", new Magic() {
            public String help() {
                return "show a quiz written as ? question, - wrong, + right, > why, = answer, | output, ! proof";
            }

            public Outcome run(String args, String body, MagicContext ctx) {
                return magics.show(args, body, ctx);
            }
        });
        registry.line("quiz", new Magic() {
            public String help() {
                return "%quiz ask: answer the last quiz at the keyboard";
            }

            public Outcome run(String args, String body, MagicContext ctx) {
                if (!args.strip().equals("ask")) {
                    return MagicFailure.of("UsageError", "the line magic is %quiz ask; write quizzes with %%quiz on the first line of a cell");
                }
                if (magics.lastQuiz == null) return MagicFailure.of("UsageError", "there is no quiz to ask yet: show one with %%quiz first");
                return magics.ask(magics.lastQuiz, ctx);
            }
        });
    }

    private Outcome show(String args, String body, MagicContext ctx) {
        List<String> flags = List.of(args.split("\\s+"));
        Quiz quiz;
        try {
            quiz = Quiz.fromText(body);
        } catch (QuizSyntaxException e) {
            // the body starts on the cell's second line
            return MagicFailure.of("QuizSyntaxError", "cell line " + (e.line() + 1) + ": "
                    + e.getMessage().replaceFirst("^quiz line \\d+: ", ""));
        }
        for (Question q : quiz.questions()) {
            if (q.proofSource().isBlank()) {
                if (flags.contains("--check")) {
                    return MagicFailure.of("QuizCheckError", "--check needs a proof for every question; \""
                            + q.prompt() + "\" has none (add a line starting with !)");
                }
                continue;
            }
            Outcome proven = prove(q, ctx);
            if (proven != null) return proven;
        }
        ctx.sink().display(quiz.toMimeBundle(), null, false);
        lastQuiz = quiz;
        return flags.contains("--ask") ? ask(quiz, ctx) : new Outcome.Success(null);
    }

    /** Null when the proof agrees with the key; otherwise the failure to report. */
    private static Outcome prove(Question q, MagicContext ctx) {
        CapturingSink captured = new CapturingSink();
        String source = q.proofSource().strip();
        if (q.kind() != Question.Kind.OUTPUT && source.endsWith(";")) {
            source = source.substring(0, source.length() - 1); // a trailing ; would hide the value the key needs
        }
        Outcome outcome = runOnVirtualClock(source, q.kind() == Question.Kind.OUTPUT, captured, ctx);
        if (outcome instanceof Outcome.Failure f) {
            return MagicFailure.of("QuizCheckError", "the proof of \"" + q.prompt() + "\" failed with "
                    + f.ename() + ": " + f.evalue());
        }
        Object actual = q.kind() == Question.Kind.OUTPUT
                ? captured.stdout()
                : valueOf(((Outcome.Success) outcome));
        String disagreement = AnswerKey.disagreement(q, actual);
        return disagreement == null ? null : MagicFailure.of("AnswerKeyException",
                "the answer key of the quiz \"" + q.prompt() + "\" is wrong: " + disagreement);
    }

    /**
     * Runs a proof on a fresh loop with the virtual clock, so a proof that sleeps costs no real
     * time: {@code run(() -> (proof), virtualClock())}, or a block for printing proofs. A proof
     * that already runs its own loop, that does not fit in a lambda (several statements ending
     * in a value) or that fails on a fresh loop (it awaits a task of the session, say) runs as
     * written, and its outcome is the one reported.
     */
    private static Outcome runOnVirtualClock(String proof, boolean printing, CapturingSink captured, MagicContext ctx) {
        if (!proof.contains("run(") && !proof.contains("Clock")) {
            String wrapped = printing
                    ? "run(() -> { " + proof + (proof.endsWith(";") || proof.endsWith("}") ? "" : ";") + " }, virtualClock());"
                    : "run(() -> (" + proof + "), virtualClock())";
            CapturingSink attempt = new CapturingSink();
            Outcome outcome = ctx.run(wrapped, attempt);
            if (outcome instanceof Outcome.Success) {
                captured.stream("stdout", attempt.stdout());
                return outcome;
            }
        }
        return ctx.run(proof, captured);
    }

    /** The proof's value back from its text/plain form: a Boolean, a number, a list of those, or the text. */
    private static Object valueOf(Outcome.Success success) {
        if (success.value() == null) return null;
        return parseShown(String.valueOf(success.value().data().get(MimeTypes.PLAIN)).strip());
    }

    static Object parseShown(String text) {
        if (text.length() >= 2 && text.startsWith("[") && text.endsWith("]")) {
            String inner = text.substring(1, text.length() - 1).strip();
            if (inner.isEmpty()) return List.of();
            return java.util.Arrays.stream(inner.split(",\\s*")).map(QuizMagics::parseShown).toList();
        }
        if (text.equals("true") || text.equals("false")) return Boolean.valueOf(text);
        if (text.matches("-?\\d{1,9}")) return Integer.valueOf(text);
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) return text.substring(1, text.length() - 1);
        return text;
    }

    private Outcome ask(Quiz quiz, MagicContext ctx) {
        if (ctx.input() == null) {
            ctx.print(NO_INPUT_NOTE);
            return new Outcome.Success(null);
        }
        int right = 0;
        List<Question> questions = quiz.questions();
        for (int n = 0; n < questions.size(); n++) {
            Question q = questions.get(n);
            String hint = q.choices().isEmpty() ? "your answer" : "a letter" + (q.isManyChoice() ? "s, e.g. a, c" : "");
            String typed = ctx.input().readLine("Question " + (n + 1) + " (" + hint + "): ", false);
            boolean correct = q.choices().isEmpty() ? AnswerKey.acceptsTyped(q, typed)
                    : normalizeLetters(typed).equals(normalizeLetters(q.answerLabel()));
            if (correct) right++;
            ctx.print((correct ? "✔ Right." : "✘ Not quite: the answer is " + q.answerLabel() + ".")
                    + q.explanationIfAny().map(e -> " " + e).orElse(""));
        }
        ctx.print(right + " of " + questions.size() + " right.");
        return new Outcome.Success(null);
    }

    private static String normalizeLetters(String s) {
        return s.toLowerCase().replaceAll("[^a-z]", "").chars().sorted()
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
