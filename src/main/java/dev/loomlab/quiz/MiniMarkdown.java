package dev.loomlab.quiz;

/**
 * The small part of Markdown that quiz questions use, turned into safe HTML: fenced code
 * blocks, `code spans`, **bold**, *emphasis* and paragraphs. Everything else is escaped
 * text, so a question can never inject markup into the page.
 */
final class MiniMarkdown {
    private MiniMarkdown() {}

    static String toHtml(String markdown) {
        StringBuilder html = new StringBuilder();
        StringBuilder paragraph = new StringBuilder();
        StringBuilder fence = null;
        for (String line : markdown.split("\n", -1)) {
            if (line.strip().startsWith("```")) {
                if (fence == null) {
                    flushParagraph(html, paragraph);
                    fence = new StringBuilder();
                } else {
                    html.append("<pre><code>").append(escape(fence.toString())).append("</code></pre>");
                    fence = null;
                }
            } else if (fence != null) {
                fence.append(fence.isEmpty() ? "" : "\n").append(line);
            } else if (line.isBlank()) {
                flushParagraph(html, paragraph);
            } else {
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(line.strip());
            }
        }
        if (fence != null) html.append("<pre><code>").append(escape(fence.toString())).append("</code></pre>");
        flushParagraph(html, paragraph);
        return html.toString();
    }

    /** Inline Markdown only (no paragraphs): for choices and short texts. */
    static String inline(String text) {
        StringBuilder out = new StringBuilder();
        String[] parts = text.split("`", -1);
        for (int i = 0; i < parts.length; i++) {
            boolean code = i % 2 == 1 && i < parts.length - 1;
            if (code) out.append("<code>").append(escape(parts[i])).append("</code>");
            else out.append(emphasis(escape(i % 2 == 1 ? "`" + parts[i] : parts[i])));
        }
        return out.toString();
    }

    private static void flushParagraph(StringBuilder html, StringBuilder paragraph) {
        if (paragraph.isEmpty()) return;
        html.append("<p>").append(inline(paragraph.toString())).append("</p>");
        paragraph.setLength(0);
    }

    private static String emphasis(String escaped) {
        return escaped.replaceAll("\\*\\*(\\S(?:.*?\\S)?)\\*\\*", "<strong>$1</strong>")
                .replaceAll("(?<![*\\w])\\*(\\S(?:.*?\\S)?)\\*(?![*\\w])", "<em>$1</em>");
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
