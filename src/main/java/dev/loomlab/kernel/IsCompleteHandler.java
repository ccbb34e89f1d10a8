package dev.loomlab.kernel;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loomlab.eval.Interpreter;
import dev.loomlab.wire.Json;
import dev.loomlab.wire.Message;

/** is_complete_request: lets a console decide between running the code and a new line. */
final class IsCompleteHandler implements RequestHandler<Requests.IsComplete> {
    private final Interpreter interpreter;

    IsCompleteHandler(Interpreter interpreter) {
        this.interpreter = interpreter;
    }

    @Override
    public void handle(Requests.IsComplete content, Message request, Replies replies) {
        Interpreter.IsComplete answer = interpreter.isComplete(content.code());
        ObjectNode reply = Json.obj("status", answer.status());
        if ("incomplete".equals(answer.status())) reply.put("indent", answer.indent() == null ? "" : answer.indent());
        replies.reply(reply);
    }
}
