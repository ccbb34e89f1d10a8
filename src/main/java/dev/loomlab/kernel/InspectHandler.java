package dev.loomlab.kernel;

import dev.loomlab.display.MimeBundle;
import dev.loomlab.eval.Interpreter;
import dev.loomlab.wire.Json;
import dev.loomlab.wire.Message;
import java.util.Map;

/** inspect_request: signature and Javadoc of what is at the cursor (Shift+Tab in a notebook). */
final class InspectHandler implements RequestHandler<Requests.Inspect> {
    private final Interpreter interpreter;

    InspectHandler(Interpreter interpreter) {
        this.interpreter = interpreter;
    }

    @Override
    public void handle(Requests.Inspect content, Message request, Replies replies) {
        String code = content.code();
        int cursor = CursorPositions.toJavaIndex(code, content.cursorPos());
        MimeBundle found = interpreter.inspect(code, cursor, content.detailLevel());
        replies.reply(Json.obj(
                "status", "ok",
                "found", found != null,
                "data", found != null ? found.data() : Map.of(),
                "metadata", found != null ? found.metadata() : Map.of()));
    }
}
