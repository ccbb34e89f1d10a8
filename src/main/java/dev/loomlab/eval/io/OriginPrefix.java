package dev.loomlab.eval.io;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Introduces each line a thread prints after its cell has ended, since it shows up under
 * another cell (or the next one): {@code [from cell 3, fetch-2] done}. Line starts are tracked
 * per thread and stream, so a line written in pieces gets one prefix.
 */
final class OriginPrefix {
    private static final ThreadLocal<boolean[]> MID_LINE = ThreadLocal.withInitial(() -> new boolean[2]);

    private OriginPrefix() {}

    static byte[] insert(String streamName, String cellLabel, byte[] bytes, int offset, int length) {
        String thread = Thread.currentThread().getName();
        byte[] prefix = ("[from " + cellLabel + (thread.isEmpty() ? "" : ", " + thread) + "] ")
                .getBytes(StandardCharsets.UTF_8);
        boolean[] midLine = MID_LINE.get();
        int which = "stderr".equals(streamName) ? 1 : 0;
        ByteArrayOutputStream out = new ByteArrayOutputStream(length + prefix.length * 2);
        for (int i = offset; i < offset + length; i++) {
            if (!midLine[which]) out.writeBytes(prefix);
            out.write(bytes[i]);
            midLine[which] = bytes[i] != '\n';
        }
        return out.toByteArray();
    }
}
