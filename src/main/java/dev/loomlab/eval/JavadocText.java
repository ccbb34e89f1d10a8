package dev.loomlab.eval;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Javadoc comments as JShell returns them are raw source ({@code {@code x}}, {@code <p>},
 * {@code &lt;}); this makes them readable as plain text or Markdown. Deliberately small: it
 * handles the tags that fill the JDK's docs, and leaves the rest as text.
 */
final class JavadocText {

    private static final Pattern INLINE_CODE = Pattern.compile("\\{@(?:code|literal)\\s+([^{}]*(?:\\{[^{}]*}[^{}]*)*)}");
    private static final Pattern INLINE_LINK = Pattern.compile("\\{@link(?:plain)?\\s+([^\\s}]+)(?:\\s+([^}]*))?}");
    private static final Pattern OTHER_INLINE = Pattern.compile("\\{@\\w+\\s*([^}]*)}");

    private JavadocText() {}

    static String plain(String javadoc) {
        return render(javadoc, false);
    }

    static String markdown(String javadoc) {
        return render(javadoc, true);
    }

    private static String render(String javadoc, boolean markdown) {
        String text = javadoc.lines().map(line -> line.startsWith(" ") ? line.substring(1) : line)
                .reduce((a, b) -> a + "\n" + b).orElse("");
        text = replace(INLINE_CODE, text, m -> markdown ? "`" + m.group(1) + "`" : m.group(1));
        text = replace(INLINE_LINK, text, m -> {
            String label = m.group(2) != null && !m.group(2).isBlank() ? m.group(2)
                    : m.group(1).replace('#', '.').replaceFirst("^\\.", "");
            return markdown ? "`" + label + "`" : label;
        });
        text = replace(OTHER_INLINE, text, m -> m.group(1));
        text = text.replaceAll("(?i)<p>|</p>", "\n\n")
                .replaceAll("(?i)<br\\s*/?>", "\n")
                .replaceAll("(?i)<li>", "\n- ")
                .replaceAll("(?i)</?(pre|code|b|i|em|strong|ul|ol|li|a|blockquote|table|tr|td|th|dl|dt|dd|h\\d)[^>]*>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replace("&nbsp;", " ");
        return text.replaceAll("\n{3,}", "\n\n").strip();
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> by) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(by.apply(matcher)));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
