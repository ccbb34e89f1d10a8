package dev.loomlab.eval;

import dev.loomlab.display.OutputSink;
import dev.loomlab.eval.io.InputSource;

/**
 * One cell from the moment the kernel takes it until its reply: its code, its number, where its
 * output goes, where its input comes from (null when the frontend takes none), and its stop
 * button. The execute handler makes it; every interpreter of the chain runs it and, to stop
 * what it started, listens to {@link #stop()}.
 */
public record RunningCell(String code, int executionCount, OutputSink sink, InputSource input, StopSignal stop) {

    public RunningCell(String code, int executionCount, OutputSink sink, InputSource input) {
        this(code, executionCount, sink, input, new StopSignal());
    }

    /** The same cell running other code (a magic's Java body): same output, input and stop button. */
    public RunningCell withCode(String otherCode) {
        return new RunningCell(otherCode, executionCount, sink, input, stop);
    }
}
