package dev.loomlab.display;

import java.util.Arrays;

/**
 * The text/plain form of a value, chosen to be friendly to learners: Strings are shown in
 * quotes with escapes (as JShell and Python's Jupyter do), so {@code "42"} and {@code 42}
 * look different; chars in single quotes; arrays with their contents instead of the
 * unhelpful {@code [I@1b6d3586}; everything else by its own {@code toString()}.
 */
final class PlainText {

    private PlainText() {}

    static String of(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            return quote(s, '"');
        }
        if (value instanceof Character c) {
            return quote(String.valueOf(c), '\'');
        }
        if (value.getClass().isArray()) {
            return arrayText(value);
        }
        return String.valueOf(value);
    }

    private static String arrayText(Object array) {
        return switch (array) {
            case int[] a -> Arrays.toString(a);
            case long[] a -> Arrays.toString(a);
            case double[] a -> Arrays.toString(a);
            case float[] a -> Arrays.toString(a);
            case short[] a -> Arrays.toString(a);
            case byte[] a -> Arrays.toString(a);
            case char[] a -> Arrays.toString(a);
            case boolean[] a -> Arrays.toString(a);
            case Object[] a -> Arrays.deepToString(a);
            default -> String.valueOf(array);
        };
    }

    private static String quote(String text, char quote) {
        StringBuilder out = new StringBuilder(text.length() + 2).append(quote);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c == quote) {
                        out.append('\\');
                    }
                    out.append(c);
                }
            }
        }
        return out.append(quote).toString();
    }
}
