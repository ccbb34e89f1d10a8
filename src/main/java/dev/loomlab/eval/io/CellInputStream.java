package dev.loomlab.eval.io;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Stands in for System.in: when user code reads and nothing is buffered, it asks the current
 * cell's {@link InputSource} for one line (the kernel turns that into an input_request). One
 * line is handed out at a time, so a {@code Scanner} never swallows input meant for a later
 * cell.
 */
final class CellInputStream extends InputStream {

    static final String NO_INPUT_MESSAGE = "System.in is not available: this frontend does not accept input"
            + " (for example when a notebook runs headless in CI). Put the value in the code instead.";

    private byte[] line = new byte[0];
    private int position;

    @Override
    public synchronized int read() {
        if (!fill()) {
            return -1;
        }
        return line[position++] & 0xff;
    }

    @Override
    public synchronized int read(byte[] buffer, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int count = Math.min(length, line.length - position);
        System.arraycopy(line, position, buffer, offset, count);
        position += count;
        return count;
    }

    @Override
    public synchronized int available() {
        return line.length - position;
    }

    /** Makes sure there are bytes to hand out; false at end of input. */
    private boolean fill() {
        if (position < line.length) {
            return true;
        }
        CellIo io = Console.currentCellIo();
        InputSource source = io == null ? null : io.input();
        if (source == null) {
            // Unchecked on purpose: Scanner swallows IOExceptions and would only say "No line found".
            throw new IllegalStateException(NO_INPUT_MESSAGE);
        }
        io.flush(); // a prompt printed with System.out.print must show before the input box
        String text = source.readLine("", false);
        if (text == null) {
            return false;
        }
        line = (text + "\n").getBytes(StandardCharsets.UTF_8);
        position = 0;
        return true;
    }
}
