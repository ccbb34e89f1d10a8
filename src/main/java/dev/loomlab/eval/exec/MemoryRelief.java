package dev.loomlab.eval.exec;

import java.util.List;
import java.util.Locale;

/**
 * What happens when a cell runs out of memory. The error itself is reported like any other;
 * before that, the memory the cell's own variables hold is let go (JShell would otherwise keep
 * it for good, and the next cell could not even be compiled), and the cell is told what was
 * done and how full memory still is.
 */
final class MemoryRelief {

    /** Kept aside so that there is room to work in when memory has run out. */
    private static final int RESERVE_BYTES = 8 << 20;
    /** Above this share of the heap after clean-up, someone else still holds a lot. */
    private static final double STILL_FULL = 0.6;

    private static byte[] reserve = new byte[RESERVE_BYTES];

    private MemoryRelief() {}

    /** Loads this class (and its reserve) while memory is plentiful. */
    static void prepare() {
        // nothing: calling it initialises the class
    }

    /** Called on the cell's thread right after its code threw OutOfMemoryError. */
    static synchronized void afterOutOfMemory(CellVariables variables) {
        reserve = null;
        try {
            List<String> released = variables.release();
            System.gc(); // measure what is left, so the note can say it
            Runtime runtime = Runtime.getRuntime();
            long used = runtime.totalMemory() - runtime.freeMemory();
            System.err.print(note(released, used, runtime.maxMemory()));
        } catch (OutOfMemoryError stillFull) {
            // nothing more can be done here; the error report follows
        } finally {
            try {
                reserve = new byte[RESERVE_BYTES];
            } catch (OutOfMemoryError stillFull) {
                // try again next time
            }
        }
    }

    static String note(List<String> released, long usedBytes, long maxBytes) {
        StringBuilder note = new StringBuilder("Java ran out of memory: the kernel may use at most ")
                .append(mb(maxBytes)).append(" (to allow more, set JDK_JAVA_OPTIONS=-Xmx4g, for example,"
                        + " before starting Jupyter).");
        if (!released.isEmpty()) {
            note.append(released.size() == 1 ? " This cell's variable " : " This cell's variables ")
                    .append(String.join(", ", released))
                    .append(released.size() == 1 ? " was" : " were")
                    .append(" set to null so that the memory could be freed.");
        }
        if (usedBytes > STILL_FULL * maxBytes) {
            note.append(String.format(Locale.ROOT, " Memory is still %d%% full (%s of %s): a variable from an"
                    + " earlier cell probably holds a lot. Set it to null (for example: bigList = null;)"
                    + " or restart the kernel.", Math.round(100.0 * usedBytes / maxBytes), mb(usedBytes), mb(maxBytes)));
        } else {
            note.append(" Now ").append(mb(usedBytes)).append(" of ").append(mb(maxBytes))
                    .append(" are in use; the kernel goes on as usual.");
        }
        return note.append('\n').toString();
    }

    private static String mb(long bytes) {
        return (bytes + (1 << 19)) / (1 << 20) + " MB";
    }
}
