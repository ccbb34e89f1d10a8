package dev.loomlab.kernel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loomlab.display.MimeBundle;
import dev.loomlab.display.MimeTypes;
import dev.loomlab.eval.Interpreter;
import dev.loomlab.eval.Interpreter.Outcome;
import dev.loomlab.eval.RunningCell;
import dev.loomlab.eval.StopSignal;
import dev.loomlab.eval.io.InputSource;
import dev.loomlab.history.History;
import dev.loomlab.wire.Json;
import dev.loomlab.wire.Message;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * execute_request: broadcasts execute_input, runs the cell, publishes its result or error,
 * evaluates user_expressions, and replies. Counting follows the spec: silent implies no
 * history, and only executions that store history advance the counter. After a failure with
 * stop_on_error the executes queued behind it are taken off the queue before the error reply
 * goes out (so a request the client sends after seeing that reply is never caught up in it)
 * and answered "aborted" right after it.
 */
final class ExecuteHandler implements RequestHandler<Requests.Execute> {
    private final Interpreter interpreter;
    private final ExecutionCounter counter;
    private final History history;
    private final Supplier<Runnable> takeQueuedForAbort;
    /** The cell being run, which the stop button stops; null between cells. */
    private volatile RunningCell running;

    /** @param takeQueuedForAbort removes the queued executes now and returns what answers them "aborted" */
    ExecuteHandler(Interpreter interpreter, ExecutionCounter counter, History history,
                   Supplier<Runnable> takeQueuedForAbort) {
        this.interpreter = interpreter;
        this.counter = counter;
        this.history = history;
        this.takeQueuedForAbort = takeQueuedForAbort;
    }

    @Override
    public void handle(Requests.Execute content, Message request, Replies replies) {
        String code = content.code();
        boolean silent = content.silent();
        boolean storeHistory = content.storeHistory();
        boolean allowStdin = content.allowStdin();
        int count = counter.forExecution(storeHistory);
        if (storeHistory) history.add(count, code);
        if (!silent) replies.publish("execute_input", Json.obj("code", code, "execution_count", count));
        String historyNotice = storeHistory ? history.takeNotice() : null;
        if (historyNotice != null && !silent) {
            replies.publish("stream", Json.obj("name", "stderr", "text", historyNotice + "\n"));
        }

        StopSignal stop = new StopSignal();
        InputSource input = allowStdin ? new FrontendInput(replies.stdin(), stop) : null;
        RunningCell cell = new RunningCell(code, count, new KernelSink(replies, silent), input, stop);
        running = cell;
        Outcome outcome;
        try {
            outcome = interpreter.execute(cell);
        } finally {
            running = null;
        }

        switch (outcome) {
            case Outcome.Success success -> {
                if (success.value() != null && storeHistory) {
                    Object plain = success.value().data().get(MimeTypes.PLAIN);
                    if (plain != null) history.setOutput(count, plain.toString());
                }
                if (success.value() != null && !silent) {
                    replies.publish("execute_result", Json.obj(
                            "execution_count", count,
                            "data", success.value().data(),
                            "metadata", success.value().metadata()));
                }
                replies.reply(Json.obj(
                        "status", "ok",
                        "execution_count", count,
                        "user_expressions", userExpressions(content.userExpressions()),
                        "payload", List.of()));
            }
            case Outcome.Failure failure -> {
                if (!silent) {
                    replies.publish("error", errorContent(failure));
                }
                ObjectNode reply = errorContent(failure);
                reply.put("status", "error");
                reply.put("execution_count", count);
                Runnable abortTaken = content.stopOnError() ? takeQueuedForAbort.get() : () -> {};
                replies.reply(reply);
                abortTaken.run();
            }
        }
    }

    private ObjectNode userExpressions(JsonNode expressions) {
        ObjectNode results = Json.MAPPER.createObjectNode();
        if (expressions == null || !expressions.isObject()) return results;
        for (Iterator<Map.Entry<String, JsonNode>> it = expressions.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            Outcome outcome = entry.getValue().isTextual()
                    ? interpreter.evaluateExpression(entry.getValue().asText())
                    : new Outcome.Failure("TypeError", "a user expression must be a string", List.of());
            results.set(entry.getKey(), switch (outcome) {
                case Outcome.Success s -> {
                    MimeBundle value = s.value() != null ? s.value() : MimeBundle.text("");
                    yield Json.obj("status", "ok", "data", value.data(), "metadata", value.metadata());
                }
                case Outcome.Failure f -> {
                    ObjectNode error = errorContent(f);
                    error.put("status", "error");
                    yield error;
                }
            });
        }
        return results;
    }

    private static ObjectNode errorContent(Outcome.Failure failure) {
        return Json.obj("ename", failure.ename(), "evalue", failure.evalue(), "traceback", failure.traceback());
    }

    /** Stops the running cell, if one runs: called from the control thread. */
    void interrupt() {
        RunningCell cell = running;
        if (cell != null) cell.stop().stop(StopSignal.Reason.USER);
    }
}
