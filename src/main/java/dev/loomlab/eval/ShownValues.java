package dev.loomlab.eval;

import jdk.jshell.ExpressionSnippet;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.VarSnippet;

/**
 * Which snippets have a value to show as the cell's result: an expression ({@code x},
 * {@code x = 5}, {@code 1 + 1}, a call that returns something). Not a declaration
 * ({@code int y = 2} shows nothing, as in IJava), nor a statement or a void call.
 */
final class ShownValues {

    private ShownValues() {}

    static boolean isShown(SnippetEvent event) {
        Snippet snippet = event.snippet();
        if (snippet instanceof ExpressionSnippet expression) {
            return !"void".equals(expression.typeName());
        }
        return snippet instanceof VarSnippet
                && snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND;
    }
}
