package dev.loomlab.quiz;

import java.util.List;
import java.util.Optional;

/**
 * One quiz question, immutable. A question has either choices (at least one right) or a
 * typed answer or the output some code prints; {@code proofSource} is Java whose result
 * must agree with the answer key (see {@link AnswerKey}).
 *
 * @param prompt      the question, in Markdown (code spans and fenced code allowed)
 * @param choices     the choices in display order; empty for a typed answer
 * @param typedAnswer the expected typed answer, or null for a choice question
 * @param tolerance   how far a typed number may be from the answer and still count
 * @param explanation shown with the answer; may be empty
 * @param proofSource Java source that proves the key when run, or empty (shown in the reveal)
 * @param kind        what the proof's value is compared as
 */
public record Question(String prompt, List<Choice> choices, String typedAnswer, double tolerance,
                       String explanation, String proofSource, Kind kind) {

    /** How a proof's value is compared with the key. */
    public enum Kind {
        /** The value names a right choice: 0-based index, letter ("b"), or the choice's text. */
        CHOICE,
        /** The value is a Boolean equal to whether the statement is true. */
        TRUE_FALSE,
        /** The value (a number within tolerance, or text ignoring case) equals the typed answer. */
        TYPED,
        /** The printed output (trailing spaces and blank lines ignored) equals the answer. */
        OUTPUT
    }

    public Question {
        choices = List.copyOf(choices);
        explanation = explanation == null ? "" : explanation;
        proofSource = proofSource == null ? "" : proofSource;
    }

    public boolean isManyChoice() {
        return choices.stream().filter(Choice::correct).count() > 1;
    }

    /** The right choices' letters, e.g. "b" or "a, c"; for a typed answer the answer itself. */
    public String answerLabel() {
        if (typedAnswer != null) {
            return tolerance > 0 ? typedAnswer + " (± " + AnswerKey.formatNumber(tolerance) + ")" : typedAnswer;
        }
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < choices.size(); i++) {
            if (!choices.get(i).correct()) continue;
            if (!letters.isEmpty()) letters.append(", ");
            letters.append(letter(i));
        }
        return letters.toString();
    }

    public Optional<String> explanationIfAny() {
        return explanation.isBlank() ? Optional.empty() : Optional.of(explanation);
    }

    public static String letter(int index) {
        return String.valueOf((char) ('a' + index));
    }
}
