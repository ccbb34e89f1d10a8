package dev.loomlab.quiz;

/**
 * The quiz's answer key disagrees with what its proof code does. Thrown when the quiz is
 * built, so executing the notebook (in CI too) fails until the key or the lesson is fixed.
 */
public final class AnswerKeyException extends RuntimeException {
    public AnswerKeyException(String question, String disagreement) {
        super("The answer key of the quiz \"" + question + "\" is wrong: " + disagreement);
    }
}
