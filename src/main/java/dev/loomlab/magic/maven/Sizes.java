package dev.loomlab.magic.maven;

import java.util.Locale;

/** Byte counts as people read them: 912 B, 48 kB, 1.2 MB. */
final class Sizes {
    private Sizes() {}

    static String of(long bytes) {
        if (bytes < 0) return "size unknown";
        if (bytes < 1000) return bytes + " B";
        if (bytes < 1_000_000) return Math.round(bytes / 1000.0) + " kB";
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }
}
