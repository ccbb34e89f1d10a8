package dev.loomlab.magic;

import dev.loomlab.display.OutputSink;
import dev.loomlab.eval.Interpreter;

/**
 * What a magic may use while it runs: the engine (to run Java), the cell's output, and the
 * frontend's input (null when the frontend does not accept input, as under nbclient).
 */
public record MagicContext(Interpreter engine, int executionCount, OutputSink sink, Interpreter.InputSource input) {

    /** Runs Java in the session as part of this cell, with the cell's output. */
    public Interpreter.Outcome run(String code) {
        return engine.execute(code, executionCount, sink, input);
    }

    public void print(String text) {
        sink.stream("stdout", text.endsWith("\n") ? text : text + "\n");
    }
}
