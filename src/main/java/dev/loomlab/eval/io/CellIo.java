package dev.loomlab.eval.io;

import dev.loomlab.display.MimeBundle;
import dev.loomlab.display.OutputSink;
import dev.loomlab.eval.Interpreter.InputSource;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything one cell exchanges with the frontend: its stdout/stderr text (buffered, in
 * order, sent within {@link OutputFlusher#DELAY_MILLIS}), its displays, and its stdin.
 *
 * <p>It is itself an {@link OutputSink} so that display calls pass through it: buffered text
 * is sent first, and a print followed by a display shows up in that order.
 */
public final class CellIo implements OutputSink {

    private final OutputSink target;
    private final InputSource input;
    private final List<Chunk> pending = new ArrayList<>();
    private final StreamDecoder stdoutDecoder = new StreamDecoder();
    private final StreamDecoder stderrDecoder = new StreamDecoder();
    private boolean flushScheduled;
    private boolean closed;

    /** @param input null when the frontend does not accept input */
    public CellIo(OutputSink target, InputSource input) {
        this.target = target;
        this.input = input;
    }

    public InputSource input() {
        return input;
    }

    /**
     * Buffers bytes written to System.out ("stdout") or System.err ("stderr").
     *
     * @return false when this cell has already finished; the caller then routes elsewhere
     */
    boolean write(String stream, byte[] bytes, int offset, int length) {
        synchronized (this) {
            if (closed) {
                return false;
            }
            Chunk last = pending.isEmpty() ? null : pending.get(pending.size() - 1);
            if (last == null || !last.stream.equals(stream)) {
                last = new Chunk(stream);
                pending.add(last);
            }
            last.bytes.write(bytes, offset, length);
            if (!flushScheduled) {
                flushScheduled = true;
                OutputFlusher.flushSoon(this);
            }
            return true;
        }
    }

    /** Sends the buffered text now. */
    public void flush() {
        synchronized (this) {
            flushScheduled = false;
            send(false);
        }
    }

    /** Sends everything, and from now on refuses writes (they go to whoever is current). */
    public void close() {
        synchronized (this) {
            send(true);
            closed = true;
        }
    }

    private void send(boolean end) {
        for (Chunk chunk : pending) {
            StreamDecoder decoder = chunk.stream.equals("stderr") ? stderrDecoder : stdoutDecoder;
            String text = decoder.decode(chunk.bytes.toByteArray(), chunk.bytes.size(), false);
            if (!text.isEmpty()) {
                target.stream(chunk.stream, text);
            }
        }
        pending.clear();
        if (end) {
            sendDecoderTail("stdout", stdoutDecoder);
            sendDecoderTail("stderr", stderrDecoder);
        }
    }

    private void sendDecoderTail(String stream, StreamDecoder decoder) {
        String tail = decoder.decode(new byte[0], 0, true);
        if (!tail.isEmpty()) {
            target.stream(stream, tail);
        }
    }

    @Override
    public void stream(String name, String text) {
        synchronized (this) {
            send(false);
            target.stream(name, text);
        }
    }

    @Override
    public void display(MimeBundle bundle, String displayId, boolean update) {
        synchronized (this) {
            send(false);
            target.display(bundle, displayId, update);
        }
    }

    @Override
    public void clearOutput(boolean wait) {
        synchronized (this) {
            send(false);
            target.clearOutput(wait);
        }
    }

    private static final class Chunk {
        final String stream;
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        Chunk(String stream) {
            this.stream = stream;
        }
    }
}
