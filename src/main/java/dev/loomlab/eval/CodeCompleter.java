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
 * expected type first, without duplicates (overloads give the same text several times). What
 * the cell declares above the cursor counts too, although the cell has not run yet.
 */
final class CodeCompleter {

    private CodeCompleter() {}

    static Completion complete(SourceCodeAnalysis analysis, String code, int cursor) {
        int safeCursor = Math.max(0, Math.min(cursor, code.length()));
        CellSplitter.Around around = CellSplitter.around(analysis, code, safeCursor);
        CellSnippet snippet = around.at();
        int local = safeCursor - snippet.offset();
        if (local < 0 || local > snippet.source().length()) {
            return new Completion(List.of(), safeCursor, safeCursor);
        }
        CellDeclarations cell = CellDeclarations.before(analysis, around.before());
        int[] anchor = new int[1];
        List<Suggestion> suggestions = List.of();
        if (!cell.block().isEmpty()) {
            String prefix = cell.block();
            suggestions = analysis.completionSuggestions(prefix + snippet.source(), prefix.length() + local, anchor);
            anchor[0] = Math.max(0, anchor[0] - prefix.length());
        }
        if (suggestions.isEmpty()) {
            suggestions = analysis.completionSuggestions(snippet.source(), local, anchor);
        }
        int start = snippet.offset() + anchor[0];
        Set<String> fitting = new LinkedHashSet<>(declaredNamesMatching(cell, code, start, safeCursor));
        Set<String> others = new LinkedHashSet<>();
        for (Suggestion suggestion : suggestions) {
            (suggestion.matchesType() ? fitting : others).add(suggestion.continuation());
        }
        List<String> matches = new ArrayList<>(fitting);
        others.stream().filter(match -> !fitting.contains(match)).forEach(matches::add);
        return new Completion(matches, start, safeCursor);
    }

    /** The cell's own names that complete the identifier being typed (not after a dot). */
    private static List<String> declaredNamesMatching(CellDeclarations cell, String code, int start, int cursor) {
        if (cell.names().isEmpty() || start > cursor || (start > 0 && code.charAt(start - 1) == '.')) return List.of();
        String typed = code.substring(start, cursor);
        if (typed.isEmpty() || !typed.chars().allMatch(Character::isJavaIdentifierPart)) return List.of();
        return cell.names().stream()
                .filter(name -> name.startsWith(typed) && !name.equals(typed))
                .map(name -> cell.methods().contains(name) ? name + "(" : name)
                .toList();
    }
}
