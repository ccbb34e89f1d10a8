package dev.loomlab.kernel;

import dev.loomlab.history.History;
import dev.loomlab.history.HistoryEntry;
import dev.loomlab.wire.Json;
import dev.loomlab.wire.Message;
import java.util.Arrays;
import java.util.List;

/** history_request: tail, range and search over the stored cells of every session, as IPython answers them. */
final class HistoryHandler implements RequestHandler<Requests.History> {
    private final History history;

    HistoryHandler(History history) {
        this.history = history;
    }

    @Override
    public void handle(Requests.History content, Message request, Replies replies) {
        List<HistoryEntry> entries = switch (content.accessType()) {
            case "range" -> history.range(content.session(), content.start(), content.stop());
            case "search" -> history.search(content.pattern(), content.count(0), content.unique());
            default -> history.tail(content.count(10));
        };
        boolean withOutput = content.output();
        List<List<Object>> rows = entries.stream()
                .map(e -> List.<Object>of(e.session(), e.line(),
                        withOutput ? Arrays.asList(e.input(), e.output()) : e.input()))
                .toList();
        replies.reply(Json.obj("status", "ok", "history", rows));
    }
}
