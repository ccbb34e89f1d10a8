package dev.loomlab.eval;

import dev.loomlab.display.MimeBundle;
import dev.loomlab.display.MimeTypes;
import java.util.List;
import java.util.Map;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Documentation;

/**
 * Shift+Tab help: the signature of what is at the cursor and its javadoc. JShell reads the
 * JDK's javadoc from $JAVA_HOME/lib/src.zip when the JDK ships it; without it, signatures only.
 */
final class CodeInspector {

    private CodeInspector() {}

    static MimeBundle inspect(SourceCodeAnalysis analysis, String code, int cursor) {
        int safeCursor = Math.max(0, Math.min(cursor, code.length()));
        CellSnippet snippet = CellSplitter.snippetAt(analysis, code, safeCursor);
        int local = safeCursor - snippet.offset();
        if (local < 0 || local > snippet.source().length()) {
            return null;
        }
        List<Documentation> docs = documentationAt(analysis, snippet.source(), local);
        if (docs.isEmpty()) {
            return null;
        }
        // Every overload's signature, then the first one's javadoc: overloads mostly share it,
        // and ten copies would bury the signatures.
        String signatures = docs.stream().map(Documentation::signature).distinct()
                .collect(java.util.stream.Collectors.joining("\n"));
        String javadoc = docs.stream().map(Documentation::javadoc)
                .filter(text -> text != null && !text.isBlank()).findFirst().orElse(null);
        String plain = javadoc == null ? signatures : signatures + "\n\n" + JavadocText.plain(javadoc);
        String markdown = "```java\n" + signatures + "\n```\n"
                + (javadoc == null ? "" : "\n" + JavadocText.markdown(javadoc) + "\n");
        return MimeBundle.of(Map.of(MimeTypes.PLAIN, plain, MimeTypes.MARKDOWN, markdown));
    }

    /**
     * JShell documents a method only when the cursor is inside its argument list, and a
     * variable or type when the cursor ends its name. Users press Shift+Tab anywhere on a
     * name, so: the whole name under the cursor first, then that name as a call.
     */
    private static List<Documentation> documentationAt(SourceCodeAnalysis analysis, String source, int cursor) {
        int end = cursor;
        while (end < source.length() && Character.isJavaIdentifierPart(source.charAt(end))) {
            end++;
        }
        String head = source.substring(0, end);
        List<Documentation> docs = analysis.documentation(head, end, true);
        if (docs.isEmpty() && end > 0 && Character.isJavaIdentifierPart(source.charAt(end - 1))) {
            docs = analysis.documentation(head + "(", end + 1, true);
        }
        return docs;
    }
}
