package dev.loomlab.eval;

import dev.loomlab.eval.Interpreter.Outcome.Failure;
import java.util.List;

/** How a cell stopped by an interrupt is reported. */
final class Interruption {

    static final String ENAME = "Interrupted";
    static final String MESSAGE = "The cell was stopped before it finished."
            + " Everything defined before it (and by its earlier statements) is still there.";

    private Interruption() {}

    /** What else the stop ended (tasks, threads) follows in the cell's closing note. */
    static Failure failure() {
        return new Failure(ENAME, MESSAGE, List.of(ENAME + ": " + MESSAGE));
    }
}
