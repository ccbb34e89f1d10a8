package dev.loomlab.eval;

import dev.loomlab.eval.Interpreter.Outcome.Failure;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jdk.jshell.Diag;

/**
 * Shows compile errors as javac does, on the cell's own lines:
 * <pre>
 * cell 3, line 2: error: incompatible types: String cannot be converted to int
 *     int y = "s";
 *             ^
 * </pre>
 */
final class CompileErrorFormatter {

    static final String ENAME = "CompilationException";

    private CompileErrorFormatter() {}

    static Failure failure(String code, CellSnippet snippet, String place, List<Diag> errors) {
        List<String> lines = new ArrayList<>();
        for (Diag error : errors) {
            String message = error.getMessage(Locale.ROOT);
            long position = error.getPosition() == Diag.NOPOS ? 0 : error.getPosition();
            int cellOffset = (int) Math.min(code.length(), snippet.offset() + Math.max(0, position));
            int line = CellSplitter.lineAt(code, cellOffset);
            lines.add(place + ", line " + line + ": error: " + message);
            int lineStart = code.lastIndexOf('\n', cellOffset - 1) + 1;
            int lineEnd = code.indexOf('\n', lineStart);
            String sourceLine = code.substring(lineStart, lineEnd < 0 ? code.length() : lineEnd);
            lines.add(sourceLine.stripTrailing());
            lines.add(caretUnder(sourceLine, cellOffset - lineStart));
        }
        String evalue = errors.isEmpty() ? "The code could not be compiled." : errors.get(0).getMessage(Locale.ROOT);
        return new Failure(ENAME, evalue, lines);
    }

    /** Spaces up to the column (tabs kept, so the caret lines up) and a caret. */
    private static String caretUnder(String sourceLine, int column) {
        StringBuilder caret = new StringBuilder();
        for (int i = 0; i < column && i < sourceLine.length(); i++) {
            caret.append(sourceLine.charAt(i) == '\t' ? '\t' : ' ');
        }
        return caret.append('^').toString();
    }
}
