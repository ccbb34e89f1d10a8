package dev.loomlab.eval;

import dev.loomlab.display.MimeBundle;
import dev.loomlab.display.OutputSink;
import dev.loomlab.eval.io.InputSource;
import java.nio.file.Path;
import java.util.List;

/**
 * The language engine behind the kernel, in the spirit of xeus's interpreter: the protocol
 * layer knows nothing of JShell, only this. {@code execute} and {@code evaluateExpression}
 * are called from the kernel's execute thread, one at a time; {@code complete}, {@code inspect}
 * and {@code isComplete} from the shell thread, also while a cell runs, so they must not wait
 * for it. A stop comes from the control thread, through the running cell's {@link StopSignal}.
 */
public interface Interpreter extends AutoCloseable {

    /**
     * Runs one cell. Output (stdout/stderr, displays) goes to the cell's sink while it runs;
     * the return value says how it ended. Never throws for anything the user's code did:
     * failures come back as {@link Outcome.Failure}. Whoever holds the cell stops it with its
     * {@link RunningCell#stop() stop signal}; each layer listens to that signal for what it runs.
     */
    Outcome execute(RunningCell cell);

    /**
     * Runs code as a cell of its own that nobody stops (tests, startup scripts).
     *
     * @param input reads a line from the frontend for System.in; null when the frontend
     *              does not accept input (then reading System.in throws a clear exception)
     */
    default Outcome execute(String code, int executionCount, OutputSink sink, InputSource input) {
        return execute(new RunningCell(code, executionCount, sink, input));
    }

    /** Evaluates one expression for user_expressions: a value or a failure, nothing printed. */
    Outcome evaluateExpression(String expression);

    Completion complete(String code, int cursorPos);

    /** Signature and documentation of what is at the cursor, or null when nothing is found. */
    MimeBundle inspect(String code, int cursorPos, int detailLevel);

    IsComplete isComplete(String code);

    /**
     * Makes jars or class folders usable by later cells, both to compile against and at run
     * time (%maven, %jars, %classpath). Called from the execute thread, in the middle of the
     * cell whose magic asked for it; the cell's later snippets can already use them.
     */
    default void addToClassPath(List<Path> entries) {
        throw new UnsupportedOperationException("this engine cannot add to its class path");
    }

    /** The Java version the user's code runs on, e.g. "21.0.5". */
    String languageVersion();

    @Override
    void close();

    /** How a cell or expression ended. */
    sealed interface Outcome {
        /** Success; {@code value} is the last expression's value, or null when there is none. */
        record Success(MimeBundle value) implements Outcome {}

        /** Failure as Jupyter reports it: exception name, message, and traceback lines. */
        record Failure(String ename, String evalue, List<String> traceback) implements Outcome {}
    }

    /** Matches of completion: the text between cursorStart and cursorEnd is to be replaced. */
    record Completion(List<String> matches, int cursorStart, int cursorEnd) {}

    /** is_complete: status is "complete", "incomplete", "invalid" or "unknown". */
    record IsComplete(String status, String indent) {}
}
