package dev.loomlab.magic;

import dev.loomlab.eval.Interpreter.Outcome;
import java.util.List;

/** Failures of magics, shaped like the engine's so the kernel reports them the same way. */
final class MagicFailure {
    private MagicFailure() {}

    static Outcome.Failure of(String ename, String message) {
        return new Outcome.Failure(ename, message, List.of(ename + ": " + message));
    }

    static Outcome.Failure of(Throwable e) {
        String name = e.getClass().getSimpleName();
        String message = e.getMessage() == null ? "" : e.getMessage();
        return new Outcome.Failure(name, message, List.of(name + ": " + message));
    }
}
