package dev.loomlab.eval;

import dev.loomlab.display.MimeBundle;
import java.nio.file.Path;
import java.util.List;

/**
 * An interpreter that passes every call to another one: the base of the layers the kernel
 * puts in front of the engine (magics, a time limit, session start-up), each of which
 * overrides only what it changes.
 */
public abstract class ForwardingInterpreter implements Interpreter {
    protected final Interpreter engine;

    protected ForwardingInterpreter(Interpreter engine) {
        this.engine = engine;
    }

    @Override
    public Outcome execute(RunningCell cell) {
        return engine.execute(cell);
    }

    @Override
    public Outcome evaluateExpression(String expression) {
        return engine.evaluateExpression(expression);
    }

    @Override
    public Completion complete(String code, int cursorPos) {
        return engine.complete(code, cursorPos);
    }

    @Override
    public MimeBundle inspect(String code, int cursorPos, int detailLevel) {
        return engine.inspect(code, cursorPos, detailLevel);
    }

    @Override
    public IsComplete isComplete(String code) {
        return engine.isComplete(code);
    }

    @Override
    public void addToClassPath(List<Path> entries) {
        engine.addToClassPath(entries);
    }

    @Override
    public String languageVersion() {
        return engine.languageVersion();
    }

    @Override
    public void close() {
        engine.close();
    }
}
