package dev.loomlab.eval.io;

import dev.loomlab.log.KernelLog;
import java.util.Locale;

/**
 * How much text one cell may send to the frontend. Browsers slow to a crawl (or crash the tab)
 * on tens of megabytes of output, and a runaway print loop must not fill the kernel's memory
 * either, so each cell keeps its first {@link #bytes()} bytes and only counts the rest.
 *
 * <p>The default is 5 MB; {@code LOOMLAB_MAX_OUTPUT_MB} (a decimal number, e.g. 0.5 or 20)
 * changes it.
 */
record OutputLimit(long bytes) {

    /** For output that has its own bound (what is held between cells). */
    static final OutputLimit NONE = new OutputLimit(Long.MAX_VALUE);

    static final String VARIABLE = "LOOMLAB_MAX_OUTPUT_MB";
    static final double DEFAULT_MB = 5;
    private static final double BYTES_PER_MB = 1024 * 1024;

    /** The limit the environment asks for; the default when it is unset or not a positive number. */
    static OutputLimit fromEnvironment() {
        return parse(System.getenv(VARIABLE));
    }

    static OutputLimit parse(String megabytes) {
        double mb = DEFAULT_MB;
        if (megabytes != null && !megabytes.isBlank()) {
            try {
                double asked = Double.parseDouble(megabytes.strip());
                if (asked > 0 && asked < 1_000_000) {
                    mb = asked;
                } else {
                    warn(megabytes);
                }
            } catch (NumberFormatException e) {
                warn(megabytes);
            }
        }
        return new OutputLimit(Math.round(mb * BYTES_PER_MB));
    }

    /** The one line a cell gets when some of its output was dropped. */
    String droppedNote(long droppedBytes) {
        return "\n… " + size(droppedBytes, false) + " of output " + (droppedBytes == 1 ? "was" : "were")
                + " dropped (limit " + size(bytes, true) + " per cell; set " + VARIABLE + " to change it)\n";
    }

    /** "95.0 MB", "12.5 KB", "17 bytes"; with {@code roundWhole} a whole amount loses its ".0" ("5 MB"). */
    static String size(long bytes, boolean roundWhole) {
        if (bytes >= BYTES_PER_MB) {
            return amount(bytes / BYTES_PER_MB, roundWhole) + " MB";
        }
        if (bytes >= 1024) {
            return amount(bytes / 1024.0, roundWhole) + " KB";
        }
        return bytes + (bytes == 1 ? " byte" : " bytes");
    }

    private static String amount(double value, boolean roundWhole) {
        String oneDecimal = String.format(Locale.ROOT, "%.1f", value);
        return roundWhole && oneDecimal.endsWith(".0") ? oneDecimal.substring(0, oneDecimal.length() - 2) : oneDecimal;
    }

    private static void warn(String value) {
        KernelLog.warn("ignoring " + VARIABLE + "=" + value
                + " (expected a positive number of megabytes); using " + (long) DEFAULT_MB + " MB");
    }
}
