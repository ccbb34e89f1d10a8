package dev.loomlab.eval.slips;

/**
 * A cell's code with string literals, text blocks, char literals and comments blanked out
 * (replaced by spaces, so offsets stay put): the slips are looked for in code only, never in
 * what a cell prints or says in a comment.
 */
final class CodeText {
    private CodeText() {}

    static String codeOnly(String source) {
        StringBuilder out = new StringBuilder(source);
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = blank(out, i, end < 0 ? n : end);
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = blank(out, i, end < 0 ? n : end + 2);
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                i = blank(out, i, end < 0 ? n : end + 3);
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && source.charAt(j) != c && source.charAt(j) != '\n') {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                i = blank(out, i, Math.min(n, j + 1));
            } else {
                i++;
            }
        }
        return out.toString();
    }

    /** Blanks [from, to) except line breaks; returns {@code to}. */
    private static int blank(StringBuilder out, int from, int to) {
        for (int k = from; k < to; k++) {
            if (out.charAt(k) != '\n') out.setCharAt(k, ' ');
        }
        return to;
    }
}
