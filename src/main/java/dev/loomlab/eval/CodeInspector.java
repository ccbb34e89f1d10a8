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
        List<Documentation> docs = analysis.documentation(snippet.source(), local, true);
        if (docs.isEmpty()) {
            return null;
        }
        StringBuilder plain = new StringBuilder();
        StringBuilder markdown = new StringBuilder();
        for (Documentation doc : docs) {
            if (!plain.isEmpty()) {
                plain.append("\n\n");
                markdown.append("\n\n---\n\n");
            }
            plain.append(doc.signature());
            markdown.append("```java\n").append(doc.signature()).append("\n```\n");
            String javadoc = doc.javadoc();
            if (javadoc != null && !javadoc.isBlank()) {
                plain.append("\n").append(javadoc.strip());
                markdown.append("\n").append(javadoc.strip()).append("\n");
            }
        }
        return MimeBundle.of(Map.of(MimeTypes.PLAIN, plain.toString(), MimeTypes.MARKDOWN, markdown.toString()));
    }
}
