package dev.loomlab.magic;

import dev.loomlab.eval.Interpreter.Outcome;

/**
 * One magic command: {@code %name args} on a line, or {@code %%name args} heading a cell
 * whose remaining lines are the body (empty for a line magic).
 */
public interface Magic {

    /** What {@code %lsmagic} and {@code %help} print: one line saying what the magic does. */
    String help();

    /** Runs the magic; failures come back as {@link Outcome.Failure}, never as exceptions. */
    Outcome run(String args, String body, MagicContext context) throws Exception;
}
