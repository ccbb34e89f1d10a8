package dev.loomlab.kernel;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loomlab.wire.Channel;
import dev.loomlab.wire.Message;
import dev.loomlab.wire.Transport;

/**
 * How a handler answers: a reply on the channel the request came from, and iopub broadcasts
 * whose parent is the request. One instance per request, so handlers never mix up parents.
 */
public final class Replies {
    private final Transport transport;
    private final String session;
    private final Channel channel;
    private final Message request;

    public Replies(Transport transport, String session, Channel channel, Message request) {
        this.transport = transport;
        this.session = session;
        this.channel = channel;
        this.request = request;
    }

    public Message request() {
        return request;
    }

    public Channel channel() {
        return channel;
    }

    /** Sends {@code <request type without _request>_reply} with the given content. */
    public void reply(ObjectNode content) {
        String type = request.type().replaceFirst("_request$", "") + "_reply";
        transport.send(channel, Message.create(session, type, request, content));
    }

    public void publish(String msgType, ObjectNode content) {
        transport.send(Channel.IOPUB, Message.create(session, msgType, request, content));
    }

    /** The stdin channel, for input the request's code asks the frontend for. */
    StdinChannel stdin() {
        return new StdinChannel(transport, session, request);
    }

    public String session() {
        return session;
    }
}
