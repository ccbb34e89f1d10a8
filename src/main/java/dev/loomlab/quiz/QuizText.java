package dev.loomlab.quiz;

import java.util.List;

/** The quiz as plain text, for CI logs and jupyter console: question, lettered choices, "answer: b". */
final class QuizText {
    private QuizText() {}

    static String render(List<Question> questions) {
        StringBuilder text = new StringBuilder();
        for (int n = 0; n < questions.size(); n++) {
            Question q = questions.get(n);
            if (n > 0) text.append("\n\n");
            text.append("Quiz").append(questions.size() > 1 ? " " + (n + 1) : "").append(": ")
                    .append(q.prompt().replace("```", "").strip()).append('\n');
            for (int i = 0; i < q.choices().size(); i++) {
                text.append("  ").append(Question.letter(i)).append(") ").append(q.choices().get(i).text()).append('\n');
            }
            if (q.kind() == Question.Kind.OUTPUT) {
                text.append("answer:\n");
                q.typedAnswer().lines().forEach(l -> text.append("  ").append(l).append('\n'));
            } else {
                text.append("answer: ").append(q.answerLabel()).append('\n');
            }
            q.explanationIfAny().ifPresent(e -> text.append("why: ").append(e.replace("\n", "\n     ")).append('\n'));
        }
        return text.toString().stripTrailing();
    }
}
