package dev.loomlab.magic;

import dev.loomlab.eval.Interpreter.Completion;
import java.util.List;
import java.util.Optional;

/**
 * Tab on a magic's name ({@code %ma} → {@code %maven}, {@code %mavenRepo}): the names come
 * from the registry, not from JShell, which would read {@code %ma} as Java and offer
 * {@code markdown(}. Cell magics ({@code %%}) only on the cell's first line, where they work.
 */
final class MagicNameCompleter {

    private MagicNameCompleter() {}

    /** The completion when the cursor is on a magic line; empty when the line is Java. */
    static Optional<Completion> complete(MagicRegistry registry, String code, int cursor) {
        int lineStart = code.lastIndexOf('\n', Math.max(0, cursor - 1)) + 1;
        if (cursor == 0) lineStart = 0;
        int percent = lineStart;
        while (percent < cursor && (code.charAt(percent) == ' ' || code.charAt(percent) == '\t')) percent++;
        if (percent >= code.length() || code.charAt(percent) != '%') return Optional.empty();
        boolean cellMagic = code.startsWith("%%", percent);
        int nameStart = percent + (cellMagic ? 2 : 1);
        if (cursor < nameStart) return Optional.of(new Completion(List.of(), cursor, cursor));
        String typed = code.substring(nameStart, cursor);
        if (!typed.chars().allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '_')) {
            // past the name: the magic's arguments are not Java either
            return Optional.of(new Completion(List.of(), cursor, cursor));
        }
        boolean firstLine = code.substring(0, percent).isBlank();
        String prefix = cellMagic ? "%%" : "%";
        List<String> names = (cellMagic ? (firstLine ? registry.cellNames() : List.<String>of()) : registry.lineNames())
                .stream().filter(name -> name.startsWith(typed)).map(name -> prefix + name).toList();
        return Optional.of(new Completion(names, percent, cursor));
    }
}
