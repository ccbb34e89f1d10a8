package dev.loomlab.kernel;

import dev.loomlab.history.History;
import dev.loomlab.history.HistoryEntry;
import dev.loomlab.wire.Json;
import dev.loomlab.wire.Message;
import java.util.Arrays;
import java.util.List;

/** history_request: tail, range and search over the stored cells of every session, as IPython answers them. */
final class HistoryHandler implements RequestHandler {
    private final History history;

    HistoryHandler(History history) {
        this.history = history;
    }

    @Override
    public void handle(Message request, Replies replies) {
        List<HistoryEntry> entries = switch (request.text("hist_access_type", "tail")) {
            case "range" -> history.range(
                    request.number("session", 0), request.number("start", 0), request.number("stop", 0));
            case "search" -> history.search(
                    request.text("pattern", "*"), request.number("n", 0), request.flag("unique", false));
            default -> history.tail(request.number("n", 10));
        };
        boolean withOutput = request.flag("output", false);
        List<List<Object>> rows = entries.stream()
                .map(e -> List.<Object>of(e.session(), e.line(),
                        withOutput ? Arrays.asList(e.input(), e.output()) : e.input()))
                .toList();
        replies.reply(Json.obj("status", "ok", "history", rows));
    }
}
