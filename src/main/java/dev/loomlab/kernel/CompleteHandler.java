package dev.loomlab.kernel;

import dev.loomlab.eval.Interpreter;
import dev.loomlab.wire.Json;
import dev.loomlab.wire.Message;
import java.util.Map;

/** complete_request: JShell's suggestions for the code at the cursor. */
final class CompleteHandler implements RequestHandler<Requests.Complete> {
    private final Interpreter interpreter;

    CompleteHandler(Interpreter interpreter) {
        this.interpreter = interpreter;
    }

    @Override
    public void handle(Requests.Complete content, Message request, Replies replies) {
        String code = content.code();
        int cursor = CursorPositions.toJavaIndex(code, content.cursorPos());
        Interpreter.Completion completion = interpreter.complete(code, cursor);
        replies.reply(Json.obj(
                "status", "ok",
                "matches", completion.matches(),
                "cursor_start", CursorPositions.toCodePoints(code, completion.cursorStart()),
                "cursor_end", CursorPositions.toCodePoints(code, completion.cursorEnd()),
                "metadata", Map.of()));
    }
}
