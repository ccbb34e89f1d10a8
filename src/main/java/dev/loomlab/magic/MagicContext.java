package dev.loomlab.magic;

import dev.loomlab.display.OutputSink;
import dev.loomlab.eval.Interpreter;
import dev.loomlab.eval.RunningCell;
import dev.loomlab.eval.StopSignal;
import dev.loomlab.eval.io.InputSource;

/**
 * What a magic may use while it runs: the engine (to run Java), the cell (its output, the
 * frontend's input, null when the frontend does not accept input, as under nbclient) and the
 * cell's stop signal: a magic that waits on something other than the engine (a download)
 * listens to it and gives up; Java it runs through {@link #run} is stopped by the engine.
 */
public record MagicContext(Interpreter engine, RunningCell cell) {

    public int executionCount() {
        return cell.executionCount();
    }

    public OutputSink sink() {
        return cell.sink();
    }

    public InputSource input() {
        return cell.input();
    }

    public StopSignal stop() {
        return cell.stop();
    }

    /** Whether the user asked to stop this cell. */
    public boolean stopped() {
        return cell.stop().requested();
    }

    /** Runs Java in the session as part of this cell, with the cell's output and stop button. */
    public Interpreter.Outcome run(String code) {
        return engine.execute(cell.withCode(code));
    }

    /** Runs Java as part of this cell (same stop button) with output going to {@code sink}, no input. */
    public Interpreter.Outcome run(String code, OutputSink otherSink) {
        return engine.execute(new RunningCell(code, cell.executionCount(), otherSink, null, cell.stop()));
    }

    public void print(String text) {
        sink().stream("stdout", text.endsWith("\n") ? text : text + "\n");
    }
}
