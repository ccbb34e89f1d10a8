package dev.loomlab.eval;

import dev.loomlab.eval.Interpreter.Outcome.Failure;
import java.util.List;

/** How a cell stopped by an interrupt is reported. */
final class Interruption {

    static final String ENAME = "Interrupted";
    static final String MESSAGE = "The cell was stopped before it finished."
            + " Everything defined before it (and by its earlier statements) is still there.";

    private Interruption() {}

    /** @param stopped what the interrupt ended besides the cell ("cancelled 2 tasks"), or null */
    static Failure failure(String stopped) {
        String message = stopped == null ? MESSAGE : MESSAGE + " Also " + stopped + ".";
        return new Failure(ENAME, message, List.of(ENAME + ": " + message));
    }
}
