package dev.loomlab.eval.io;

import dev.loomlab.display.MimeBundle;
import dev.loomlab.display.OutputSink;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything one cell exchanges with the frontend: its stdout/stderr text (buffered, in
 * order, sent within {@link OutputFlusher#DELAY_MILLIS}), its displays, and its stdin.
 *
 * <p>Text beyond the cell's {@link OutputLimit} is counted, not kept: a print loop gone wild
 * neither fills the kernel's memory nor buries the browser, and the cell ends with one line
 * saying how much was dropped.
 *
 * <p>It is itself an {@link OutputSink} so that display calls pass through it: buffered text
 * is sent first, and a print followed by a display shows up in that order.
 */
public final class CellIo implements OutputSink {

    private final OutputSink target;
    private final InputSource input;
    private final OutputLimit limit;
    private long keptBytes;
    private long droppedBytes;
    private final List<Chunk> pending = new ArrayList<>();
    private final StreamDecoder stdoutDecoder = new StreamDecoder();
    private final StreamDecoder stderrDecoder = new StreamDecoder();
    private boolean flushScheduled;
    private boolean closed;

    /** @param input null when the frontend does not accept input */
    public CellIo(OutputSink target, InputSource input) {
        this(target, input, DEFAULT_LIMIT);
    }

    CellIo(OutputSink target, InputSource input, OutputLimit limit) {
        this.target = target;
        this.input = input;
        this.limit = limit;
    }

    /** Each switch between stdout and stderr starts a chunk; this many are sent without waiting. */
    static final int MAX_PENDING_CHUNKS = 1000;

    private static final OutputLimit DEFAULT_LIMIT = OutputLimit.fromEnvironment();

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
            int kept = keptPart(bytes, offset, length);
            keptBytes += kept;
            droppedBytes += length - kept;
            if (kept == 0) {
                return true;
            }
            length = kept;
            Chunk last = pending.isEmpty() ? null : pending.get(pending.size() - 1);
            if (last == null || !last.stream.equals(stream)) {
                if (pending.size() >= MAX_PENDING_CHUNKS) {
                    send(false); // stdout and stderr taking turns fast: send now, not after the delay
                }
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

    /**
     * How many of these bytes fit under the limit: a clean prefix of the cell's output, cut
     * before a character (never inside one) and nothing kept once something was dropped.
     */
    private int keptPart(byte[] bytes, int offset, int length) {
        if (droppedBytes > 0) {
            return 0;
        }
        long room = limit.bytes() - keptBytes;
        if (length <= room) {
            return length;
        }
        int kept = (int) Math.max(0, room);
        while (kept > 0 && (bytes[offset + kept] & 0xC0) == 0x80) {
            kept--; // a UTF-8 continuation byte: the character began before the cut
        }
        return kept;
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
            if (droppedBytes > 0 && !closed) {
                target.stream("stderr", limit.droppedNote(droppedBytes));
            }
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
