package dev.loomlab.quiz;

import java.util.List;

/** The quiz as Markdown: question, choices as a list, answer and explanation in a collapsed block. */
final class QuizMarkdown {
    private QuizMarkdown() {}

    static String render(List<Question> questions) {
        StringBuilder md = new StringBuilder();
        for (int n = 0; n < questions.size(); n++) {
            Question q = questions.get(n);
            if (n > 0) md.append("\n\n---\n\n");
            md.append("**Quiz").append(questions.size() > 1 ? " " + (n + 1) : "").append(".** ")
                    .append(q.prompt()).append("\n\n");
            for (int i = 0; i < q.choices().size(); i++) {
                md.append("- ").append(Question.letter(i)).append(") ").append(q.choices().get(i).text()).append('\n');
            }
            md.append("\n<details><summary>Show answer</summary>\n\n");
            if (q.kind() == Question.Kind.OUTPUT) {
                md.append("Answer:\n\n```\n").append(q.typedAnswer()).append("\n```\n");
            } else {
                md.append("Answer: **").append(q.answerLabel()).append("**\n");
            }
            q.explanationIfAny().ifPresent(e -> md.append('\n').append(e).append('\n'));
            md.append("\n</details>");
        }
        return md.toString();
    }
}
