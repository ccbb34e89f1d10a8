package dev.loomlab.kernel;

import dev.loomlab.wire.Message;

/** Answers one kind of request (one msg_type), as xeus has a handler per message type. */
@FunctionalInterface
public interface RequestHandler {
    void handle(Message request, Replies replies);
}
