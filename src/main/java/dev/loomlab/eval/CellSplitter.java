package dev.loomlab.eval;

import java.util.ArrayList;
import java.util.List;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;

/**
 * Cuts a cell into the snippets JShell evaluates one at a time (statements, declarations,
 * imports, a trailing expression), remembering where each starts so errors can name the
 * cell's own line numbers.
 */
final class CellSplitter {

    private CellSplitter() {}

    static List<CellSnippet> split(SourceCodeAnalysis analysis, String code) {
        List<CellSnippet> snippets = new ArrayList<>();
        int offset = skipWhitespace(code, 0);
        while (offset < code.length()) {
            String rest = code.substring(offset);
            CompletionInfo info = analysis.analyzeCompletion(rest);
            int consumed = rest.length() - info.remaining().length();
            String source = switch (info.completeness()) {
                case COMPLETE, COMPLETE_WITH_SEMI -> info.source();
                case EMPTY -> null; // only comments left
                // Unfinished or not Java: hand it to JShell whole so it reports the error.
                default -> rest;
            };
            if (source == null || consumed <= 0) {
                if (info.completeness() != SourceCodeAnalysis.Completeness.EMPTY && consumed <= 0) {
                    snippets.add(new CellSnippet(rest, offset, lineAt(code, offset)));
                }
                break;
            }
            if (source == rest) {
                consumed = rest.length();
            }
            snippets.add(new CellSnippet(source, offset, lineAt(code, offset)));
            offset = skipWhitespace(code, offset + consumed);
        }
        return snippets;
    }

    /** The snippet that holds {@code cursor}, or the last one started before it. */
    static CellSnippet snippetAt(SourceCodeAnalysis analysis, String code, int cursor) {
        return around(analysis, code, cursor).at();
    }

    /**
     * Where the cursor is: the snippet that holds it (or the last one started before it) and
     * the complete snippets before that one, found in one pass.
     */
    record Around(List<CellSnippet> before, CellSnippet at) {}

    static Around around(SourceCodeAnalysis analysis, String code, int cursor) {
        List<CellSnippet> before = new ArrayList<>();
        CellSnippet last = null;
        int offset = skipWhitespace(code, 0);
        while (offset < code.length() && offset <= cursor) {
            String rest = code.substring(offset);
            CompletionInfo info = analysis.analyzeCompletion(rest);
            int end = offset + rest.length() - info.remaining().length();
            boolean complete = info.completeness().isComplete() && end > offset;
            if (!complete || cursor <= end) {
                if (last != null) before.add(last);
                return new Around(before, new CellSnippet(complete ? code.substring(offset, end) : rest, offset,
                        lineAt(code, offset)));
            }
            if (last != null) before.add(last);
            last = new CellSnippet(code.substring(offset, end), offset, lineAt(code, offset));
            offset = skipWhitespace(code, end);
        }
        // the cursor is past the last complete snippet: that one is under it
        return new Around(before, last != null ? last : new CellSnippet(code, 0, 1));
    }

    static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int skipWhitespace(String code, int from) {
        int i = from;
        while (i < code.length() && Character.isWhitespace(code.charAt(i))) {
            i++;
        }
        return i;
    }
}
