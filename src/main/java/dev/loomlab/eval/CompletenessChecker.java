package dev.loomlab.eval;

import dev.loomlab.eval.Interpreter.IsComplete;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;

/**
 * is_complete for consoles: whether Enter should run the cell or open a new line, and how far
 * to indent that line (4 more spaces after an opening brace).
 */
final class CompletenessChecker {

    private static final String INDENT_STEP = "    ";

    private CompletenessChecker() {}

    static IsComplete check(SourceCodeAnalysis analysis, String code) {
        String rest = code;
        while (!rest.isBlank()) {
            CompletionInfo info = analysis.analyzeCompletion(rest);
            switch (info.completeness()) {
                case COMPLETE, COMPLETE_WITH_SEMI -> {
                    if (info.remaining().length() >= rest.length()) {
                        return new IsComplete("complete", "");
                    }
                    rest = info.remaining();
                }
                case EMPTY -> {
                    return new IsComplete("complete", "");
                }
                case DEFINITELY_INCOMPLETE, CONSIDERED_INCOMPLETE -> {
                    return new IsComplete("incomplete", nextIndent(code));
                }
                default -> {
                    return new IsComplete("invalid", "");
                }
            }
        }
        return new IsComplete("complete", "");
    }

    /** The last line's indentation, one step deeper when it opens a block. */
    static String nextIndent(String code) {
        String[] lines = code.stripTrailing().split("\n");
        String last = lines.length == 0 ? "" : lines[lines.length - 1];
        String indent = last.substring(0, last.length() - last.stripLeading().length());
        String trimmed = last.strip();
        boolean opens = trimmed.endsWith("{") || trimmed.endsWith("(") || trimmed.endsWith("->");
        return opens ? indent + INDENT_STEP : indent;
    }
}
