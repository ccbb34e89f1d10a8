package dev.loomlab.quiz;

import java.util.List;

/**
 * The quiz as HTML that needs no script and no network. Each choice is a {@code <details>}
 * element: clicking it opens "Right" or "Not quite" with the explanation, so the answer is
 * checked in the page. A last {@code <details>} reveals the answer.
 *
 * <p>Why no script: JupyterLab sanitizes the HTML outputs of an untrusted notebook (one
 * reopened from disk or received from someone else): scripts, event handlers and
 * {@code <style>} are removed and inputs are disabled, while {@code <details>} and
 * {@code <summary>} are kept. So the quiz works the same trusted or not; the style block
 * only adds looks (JupyterLab's theme variables, so light and dark themes both read well; the
 * answered choices get a see-through tint, not a theme's pale "success" colour, which under
 * the dark theme's white text could not be read).
 */
final class QuizHtml {
    private static final String STYLE = """
            <style>
            .lq{border:1px solid var(--jp-border-color1,#ccc);border-radius:6px;padding:.6em .9em;margin:.4em 0;\
            background:var(--jp-layout-color1,#fff);color:var(--jp-ui-font-color1,#222);max-width:52em}
            .lq-head{font-size:.8em;text-transform:uppercase;letter-spacing:.05em;color:var(--jp-ui-font-color2,#666)}
            .lq-choice{margin:.25em 0;border:1px solid var(--jp-border-color2,#ddd);border-radius:4px;padding:.2em .5em}
            .lq-choice>summary{cursor:pointer;list-style:none}
            .lq-choice>summary::-webkit-details-marker{display:none}
            .lq-right[open]{border-color:var(--jp-success-color1,#388e3c);background:rgba(76,175,80,.14)}
            .lq-wrong[open]{border-color:var(--jp-error-color1,#d32f2f);background:rgba(244,67,54,.12)}
            .lq-feedback{margin:.3em 0 .1em 1.6em}
            .lq-answer{margin-top:.5em;color:var(--jp-ui-font-color2,#555)}
            .lq-answer>summary{cursor:pointer}
            </style>""";

    private QuizHtml() {}

    static String render(List<Question> questions, String idPrefix) {
        StringBuilder html = new StringBuilder(STYLE);
        for (int q = 0; q < questions.size(); q++) {
            html.append(question(questions.get(q), idPrefix + "-" + (q + 1), q + 1, questions.size()));
        }
        return html.toString();
    }

    private static String question(Question q, String id, int number, int total) {
        StringBuilder html = new StringBuilder();
        html.append("<div class=\"lq\" id=\"").append(id).append("\">");
        html.append("<div class=\"lq-head\">Quiz").append(total > 1 ? " " + number + " of " + total : "")
                .append(q.isManyChoice() ? " · pick every right answer" : "").append("</div>");
        html.append("<div class=\"lq-prompt\">").append(MiniMarkdown.toHtml(q.prompt())).append("</div>");
        for (int i = 0; i < q.choices().size(); i++) {
            Choice c = q.choices().get(i);
            html.append("<details class=\"lq-choice ").append(c.correct() ? "lq-right" : "lq-wrong")
                    .append("\" id=\"").append(id).append("-").append(Question.letter(i)).append("\">")
                    .append("<summary>").append(Question.letter(i)).append(") ")
                    .append(MiniMarkdown.inline(c.text())).append("</summary>")
                    .append("<div class=\"lq-feedback\">")
                    .append(c.correct() ? "✔ Right." : "✘ Not quite.")
                    .append(c.correct() && !q.isManyChoice() ? q.explanationIfAny().map(e -> " " + MiniMarkdown.inline(e)).orElse("") : "")
                    .append("</div></details>");
        }
        html.append("<details class=\"lq-answer\"><summary>Show answer</summary><p>Answer: <strong>");
        if (q.kind() == Question.Kind.OUTPUT) {
            html.append("</strong></p><pre><code>").append(MiniMarkdown.escape(q.typedAnswer())).append("</code></pre><p><strong>");
        } else if (q.typedAnswer() != null) {
            html.append(MiniMarkdown.escape(q.answerLabel()));
        } else {
            html.append(q.answerLabel());
        }
        html.append("</strong></p>");
        q.explanationIfAny().ifPresent(e -> html.append(MiniMarkdown.toHtml(e)));
        if (!q.proofSource().isBlank()) {
            html.append("<p>Checked by running:</p><pre><code>").append(MiniMarkdown.escape(q.proofSource()))
                    .append("</code></pre>");
        }
        html.append("</details></div>");
        return html.toString();
    }
}
