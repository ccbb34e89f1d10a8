package dev.loomlab.kernel;

import dev.loomlab.wire.Message;

/**
 * Answers one kind of request (one msg_type), as xeus has a handler per message type.
 *
 * @param <T> the request's content, one of {@link Requests}
 */
@FunctionalInterface
public interface RequestHandler<T> {
    void handle(T content, Message request, Replies replies);
}
