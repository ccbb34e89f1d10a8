package dev.loomlab.magic;

import dev.loomlab.display.MimeBundle;
import dev.loomlab.eval.Interpreter;
import dev.loomlab.eval.RunningCell;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** An engine that records the code it is given and answers with a scripted function. */
final class RecordingEngine implements Interpreter {
    final List<String> executed = new ArrayList<>();
    Function<String, Outcome> answer = code -> new Outcome.Success(null);
    String printed = "";

    @Override
    public Outcome execute(RunningCell cell) {
        executed.add(cell.code());
        if (!printed.isEmpty()) cell.sink().stream("stdout", printed);
        return answer.apply(cell.code());
    }

    @Override
    public Outcome evaluateExpression(String expression) {
        return answer.apply(expression);
    }

    @Override
    public Completion complete(String code, int cursorPos) {
        return new Completion(List.of(), cursorPos, cursorPos);
    }

    @Override
    public MimeBundle inspect(String code, int cursorPos, int detailLevel) {
        return null;
    }

    @Override
    public IsComplete isComplete(String code) {
        return new IsComplete("complete", null);
    }

    @Override
    public String languageVersion() {
        return "21";
    }

    @Override
    public void close() {}
}
