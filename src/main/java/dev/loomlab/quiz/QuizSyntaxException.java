package dev.loomlab.quiz;

/** A %%quiz body that cannot be read: says which line and what was expected there. */
public final class QuizSyntaxException extends IllegalArgumentException {
    private final int line;

    public QuizSyntaxException(int line, String message) {
        super("quiz line " + line + ": " + message);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
