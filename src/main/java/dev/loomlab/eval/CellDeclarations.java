package dev.loomlab.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.ImportSnippet;
import jdk.jshell.MethodSnippet;
import jdk.jshell.Snippet;
import jdk.jshell.SourceCodeAnalysis;

/**
 * What the snippets before the cursor in a cell declare, for completion while that cell has not
 * run yet: JShell completes only against snippets it has evaluated, so {@code list.ad} finds
 * nothing when {@code var list = ...} is the line above. Found by parsing alone
 * ({@link SourceCodeAnalysis#sourceToSnippets}): nothing runs.
 *
 * @param block    the earlier snippets as the start of a Java block, ready to have the snippet
 *                 under the cursor appended (JShell completes inside a block with its locals
 *                 in scope); empty when there is nothing to put in it. Methods and imports
 *                 cannot be local, so they are left out.
 * @param names    the variable, method and class names declared, in order
 * @param methods  which of those names are methods
 */
record CellDeclarations(String block, List<String> names, List<String> methods) {

    static final CellDeclarations NONE = new CellDeclarations("", List.of(), List.of());

    /** A class, interface, enum or record declaration, and its name. */
    private static final Pattern TYPE_DECLARATION = Pattern.compile(
            "^(?:(?:@[\\w.]+\\s+)|(?:public|protected|private|static|final|abstract|sealed|non-sealed|strictfp)\\s+)*"
                    + "(?:class|interface|enum|record|@interface)\\s+([\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*)");
    /** Modifiers that JShell ignores at the top level but that a block does not allow. */
    private static final Pattern TOP_LEVEL_MODIFIERS = Pattern.compile("^(?:(?:public|protected|private|static)\\s+)+");

    static CellDeclarations before(SourceCodeAnalysis analysis, List<CellSnippet> earlier) {
        if (earlier.isEmpty()) return NONE;
        StringBuilder block = new StringBuilder();
        List<String> names = new ArrayList<>();
        List<String> methods = new ArrayList<>();
        for (CellSnippet snippet : earlier) {
            String source = snippet.source().strip();
            Matcher type = TYPE_DECLARATION.matcher(source);
            if (type.find()) {
                // parsed by hand: sourceToSnippets of a type declaration leaves JShell unable
                // to find documentation afterwards (seen on JDK 25)
                addName(names, type.group(1));
                block.append(TOP_LEVEL_MODIFIERS.matcher(source).replaceFirst("")).append('\n');
                continue;
            }
            List<Snippet> parsed;
            try {
                parsed = analysis.sourceToSnippets(source);
            } catch (RuntimeException e) {
                continue; // not Java JShell can read: it cannot help completion either
            }
            boolean local = true;
            for (Snippet s : parsed) {
                if (s instanceof MethodSnippet method) {
                    local = false;
                    methods.add(method.name());
                }
                if (s instanceof ImportSnippet) local = false;
                if (s instanceof DeclarationSnippet declaration) addName(names, declaration.name());
            }
            if (local) block.append(TOP_LEVEL_MODIFIERS.matcher(source).replaceFirst("")).append('\n');
        }
        return new CellDeclarations(block.isEmpty() ? "" : "{ " + block, List.copyOf(names), List.copyOf(methods));
    }

    private static void addName(List<String> names, String name) {
        if (!names.contains(name)) names.add(name);
    }
}
