package dev.loomlab.magic;

import dev.loomlab.display.OutputSink;
import dev.loomlab.eval.Interpreter;
import dev.loomlab.eval.io.InputSource;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What a magic may use while it runs: the engine (to run Java), the cell's output, the
 * frontend's input (null when the frontend does not accept input, as under nbclient), and
 * whether the user has pressed stop: a magic that waits on something other than the engine
 * (a download) checks it and gives up; Java it runs through {@link #run} is stopped by the
 * engine itself.
 */
public record MagicContext(Interpreter engine, int executionCount, OutputSink sink, InputSource input,
                           AtomicBoolean stopRequested) {

    public MagicContext(Interpreter engine, int executionCount, OutputSink sink, InputSource input) {
        this(engine, executionCount, sink, input, new AtomicBoolean());
    }

    /** Whether the user asked to stop this cell. */
    public boolean stopped() {
        return stopRequested.get();
    }

    /** Runs Java in the session as part of this cell, with the cell's output. */
    public Interpreter.Outcome run(String code) {
        return engine.execute(code, executionCount, sink, input);
    }

    public void print(String text) {
        sink.stream("stdout", text.endsWith("\n") ? text : text + "\n");
    }
}
