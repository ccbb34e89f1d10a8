package dev.loomlab.quiz;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the body of a {@code %%quiz} cell. Each line starts with a marker:
 * <pre>
 * ? the question (Markdown; following unmarked lines and fenced code continue it)
 * - a wrong choice
 * + a right choice (several make a many-choice question)
 * > the explanation (several lines join)
 * = a typed answer: text, or a number with an optional tolerance: "= 0.5 ± 0.01" or "+- 0.01"
 * | a line the code prints, for "what does this print?" (several lines allowed)
 * ! proof: Java run in this session whose result must agree with the key
 * </pre>
 * A blank line (outside fenced code) ends a question. A true/false question is a choice
 * question whose choices are "true" and "false".
 */
public final class QuizParser {
    private static final String MARKERS = "?-+>=|!";

    private QuizParser() {}

    public static List<Question> parse(String body) {
        List<Question> questions = new ArrayList<>();
        Draft draft = null;
        boolean inFence = false;
        String[] lines = body.replace("\r\n", "\n").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i];
            String trimmed = line.strip();
            if (draft != null && draft.inPrompt && (inFence || trimmed.startsWith("```"))) {
                if (trimmed.startsWith("```")) inFence = !inFence;
                draft.prompt.append('\n').append(line);
                continue;
            }
            if (trimmed.isEmpty()) {
                if (draft != null) questions.add(draft.finish());
                draft = null;
                continue;
            }
            char marker = trimmed.charAt(0);
            String text = trimmed.substring(1).strip();
            if (MARKERS.indexOf(marker) < 0) {
                if (draft != null && draft.inPrompt) {
                    draft.prompt.append('\n').append(line);
                    continue;
                }
                throw new QuizSyntaxException(lineNo, "expected a line starting with ? (question), - (wrong choice), "
                        + "+ (right choice), > (explanation), = (typed answer), | (printed output) or ! (proof), "
                        + "but found \"" + abbreviate(trimmed) + "\"");
            }
            if (marker == '?') {
                if (draft != null) {
                    if (!draft.inPrompt) questions.add(draft.finish());
                    else {
                        draft.prompt.append('\n').append(text);
                        continue;
                    }
                }
                draft = new Draft(lineNo);
                draft.prompt.append(text);
                continue;
            }
            if (draft == null) {
                throw new QuizSyntaxException(lineNo, "a question must start with a line beginning with ?, before any \""
                        + marker + "\" line");
            }
            draft.inPrompt = false;
            switch (marker) {
                case '-' -> draft.choices.add(new Choice(requireText(text, lineNo, "a choice"), false));
                case '+' -> draft.choices.add(new Choice(requireText(text, lineNo, "a choice"), true));
                case '>' -> draft.explanation.append(draft.explanation.isEmpty() ? "" : "\n").append(text);
                case '=' -> draft.setTyped(requireText(text, lineNo, "an answer after ="), lineNo);
                case '|' -> draft.output.add(trimmed.length() > 1 && trimmed.charAt(1) == ' '
                        ? trimmed.substring(2) : trimmed.substring(1));
                case '!' -> draft.proof.append(draft.proof.isEmpty() ? "" : "\n")
                        .append(trimmed.length() > 1 && trimmed.charAt(1) == ' ' ? trimmed.substring(2) : trimmed.substring(1));
                default -> throw new IllegalStateException("unhandled marker " + marker);
            }
        }
        if (inFence) throw new QuizSyntaxException(lines.length, "a ``` code fence in the question is never closed");
        if (draft != null) questions.add(draft.finish());
        if (questions.isEmpty()) throw new QuizSyntaxException(1, "the quiz is empty: start a question with a line beginning with ?");
        return questions;
    }

    private static String requireText(String text, int lineNo, String what) {
        if (text.isEmpty()) throw new QuizSyntaxException(lineNo, "expected " + what + " after the marker, found nothing");
        return text;
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }

    /** A question being read. */
    private static final class Draft {
        final int startLine;
        final StringBuilder prompt = new StringBuilder();
        final List<Choice> choices = new ArrayList<>();
        final StringBuilder explanation = new StringBuilder();
        final StringBuilder proof = new StringBuilder();
        final List<String> output = new ArrayList<>();
        boolean inPrompt = true;
        String typed;
        double tolerance;

        Draft(int startLine) {
            this.startLine = startLine;
        }

        void setTyped(String text, int lineNo) {
            if (typed != null) throw new QuizSyntaxException(lineNo, "a question has one typed answer; this is a second");
            String[] parts = text.split("\\s*(±|\\+-|\\+/-)\\s*", 2);
            typed = parts[0].strip();
            if (parts.length == 2) {
                Double tol = AnswerKey.parseNumber(parts[1]);
                if (tol == null || AnswerKey.parseNumber(typed) == null || tol < 0) {
                    throw new QuizSyntaxException(lineNo, "expected \"= number ± tolerance\" (e.g. = 0.5 ± 0.01), found \"= " + text + "\"");
                }
                tolerance = tol;
            }
        }

        Question finish() {
            String where = "the question on line " + startLine;
            int kinds = (choices.isEmpty() ? 0 : 1) + (typed == null ? 0 : 1) + (output.isEmpty() ? 0 : 1);
            if (kinds == 0) {
                throw new QuizSyntaxException(startLine, where + " has no answer: add choices (+ right, - wrong), "
                        + "a typed answer (= ...) or the printed output (| ...)");
            }
            if (kinds > 1) {
                throw new QuizSyntaxException(startLine, where + " mixes choices, a typed answer and printed output; use one");
            }
            if (!choices.isEmpty() && choices.stream().noneMatch(Choice::correct)) {
                throw new QuizSyntaxException(startLine, where + " has no right choice: mark one with +");
            }
            String text = prompt.toString().strip();
            if (text.isEmpty()) throw new QuizSyntaxException(startLine, "expected the question text after ?");
            String proofSource = proof.toString();
            if (!output.isEmpty()) {
                return new Question(text, List.of(), String.join("\n", output), 0, explanation.toString(),
                        proofSource, Question.Kind.OUTPUT);
            }
            if (typed != null) {
                return new Question(text, List.of(), typed, tolerance, explanation.toString(), proofSource,
                        Question.Kind.TYPED);
            }
            return new Question(text, choices, null, 0, explanation.toString(), proofSource,
                    isTrueFalse() ? Question.Kind.TRUE_FALSE : Question.Kind.CHOICE);
        }

        private boolean isTrueFalse() {
            return choices.size() == 2
                    && choices.get(0).text().equalsIgnoreCase("true")
                    && choices.get(1).text().equalsIgnoreCase("false");
        }
    }
}
