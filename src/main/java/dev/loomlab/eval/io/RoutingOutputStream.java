package dev.loomlab.eval.io;

import dev.loomlab.display.CellContext;
import dev.loomlab.display.OutputSink;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The byte stream under the replaced System.out / System.err: every write goes to the cell
 * the writing thread belongs to (see {@link CellContext#current()}).
 */
final class RoutingOutputStream extends OutputStream {

    private final String streamName;
    private final CellIo fallback;

    /** @param fallback where bytes go if every cell we find has just finished (never closed) */
    RoutingOutputStream(String streamName, CellIo fallback) {
        this.streamName = streamName;
        this.fallback = fallback;
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        CellContext origin = CellContext.finishedOrigin();
        if (origin != null) {
            bytes = OriginPrefix.insert(streamName, origin.label(), bytes, offset, length);
            offset = 0;
            length = bytes.length;
        }
        // A cell may finish between finding it and writing to it; then look again.
        for (int attempt = 0; attempt < 3; attempt++) {
            OutputSink sink = CellContext.current().sink();
            if (sink instanceof CellIo io) {
                if (io.write(streamName, bytes, offset, length)) {
                    return;
                }
            } else {
                // A context made outside the engine (tests of the display package): no buffering.
                sink.stream(streamName, new String(bytes, offset, length, StandardCharsets.UTF_8));
                return;
            }
        }
        fallback.write(streamName, bytes, offset, length);
    }
}
