package dev.loomlab.async;

import java.util.Arrays;

/**
 * What one run of an explored block ended with: what it printed, and its value or the
 * exception it threw. Two schedules with equal outcomes are the same outcome in a report.
 *
 * @param printed what the block and its tasks printed on {@code System.out}
 * @param value   the block's value as text ({@code String.valueOf}, arrays spelled out); null if it failed
 * @param failure the exception as {@code Type: message}; null if the block returned
 */
public record Outcome(String printed, String value, String failure) {

    static Outcome of(String printed, Object value, Throwable failure) {
        if (failure != null) return new Outcome(printed, null, describe(failure));
        return new Outcome(printed, show(value), null);
    }

    /** Whether the block threw instead of returning. */
    public boolean failed() {
        return failure != null;
    }

    /** One line: the value (or the exception), then what was printed, if anything. */
    public String headline() {
        String end = failed() ? "threw " + failure : "value " + value;
        if (printed.isEmpty()) return end;
        String shown = printed.strip().replace("\n", " ⏎ ");
        return value == null && !failed() || "null".equals(value) ? "printed: " + shown : end + "; printed: " + shown;
    }

    private static String show(Object v) {
        if (v instanceof Object[] a) return Arrays.deepToString(a);
        if (v instanceof int[] a) return Arrays.toString(a);
        if (v instanceof long[] a) return Arrays.toString(a);
        if (v instanceof double[] a) return Arrays.toString(a);
        if (v instanceof boolean[] a) return Arrays.toString(a);
        if (v instanceof char[] a) return Arrays.toString(a);
        return String.valueOf(v);
    }

    static Throwable unwrap(Throwable t) {
        return t instanceof AsyncExecutionException && t.getCause() != null ? t.getCause() : t;
    }

    private static String describe(Throwable t) {
        Throwable x = unwrap(t);
        String m = x.getMessage();
        return x.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}
