package dev.loomlab.kernel;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loomlab.wire.Channel;
import dev.loomlab.wire.Message;
import dev.loomlab.wire.Transport;
import java.time.Duration;

/**
 * The stdin channel as one execute request sees it: requests addressed to the frontend that
 * sent it (the request is their parent), and that frontend's replies.
 */
final class StdinChannel {
    private final Transport transport;
    private final String session;
    private final Message parent;

    StdinChannel(Transport transport, String session, Message parent) {
        this.transport = transport;
        this.session = session;
        this.parent = parent;
    }

    void send(String msgType, ObjectNode content) {
        transport.send(Channel.STDIN, Message.create(session, msgType, parent, content));
    }

    /** The next message from the frontend on stdin, or null when none came within {@code wait}. */
    Message receive(Duration wait) {
        return transport.receive(Channel.STDIN, wait);
    }
}
