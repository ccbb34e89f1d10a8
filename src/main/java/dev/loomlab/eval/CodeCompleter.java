package dev.loomlab.eval;

import dev.loomlab.eval.Interpreter.Completion;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Suggestion;

/**
 * Tab completion: JShell's suggestions for the snippet under the cursor, those that fit the
 * expected type first, without duplicates (overloads give the same text several times).
 */
final class CodeCompleter {

    private CodeCompleter() {}

    static Completion complete(SourceCodeAnalysis analysis, String code, int cursor) {
        int safeCursor = Math.max(0, Math.min(cursor, code.length()));
        CellSnippet snippet = CellSplitter.snippetAt(analysis, code, safeCursor);
        int local = safeCursor - snippet.offset();
        if (local < 0 || local > snippet.source().length()) {
            return new Completion(List.of(), safeCursor, safeCursor);
        }
        int[] anchor = new int[1];
        List<Suggestion> suggestions = analysis.completionSuggestions(snippet.source(), local, anchor);
        Set<String> fitting = new LinkedHashSet<>();
        Set<String> others = new LinkedHashSet<>();
        for (Suggestion suggestion : suggestions) {
            (suggestion.matchesType() ? fitting : others).add(suggestion.continuation());
        }
        List<String> matches = new ArrayList<>(fitting);
        others.stream().filter(match -> !fitting.contains(match)).forEach(matches::add);
        return new Completion(matches, snippet.offset() + anchor[0], safeCursor);
    }
}
