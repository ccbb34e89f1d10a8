package dev.loomlab.wire;

import java.time.Duration;

/**
 * What the kernel needs from the wire: send a message on a channel and receive the next one.
 * The ZeroMQ implementation is {@link ZmqTransport}; tests of the dispatch layer use a fake.
 * {@code send} is safe from any thread; {@code receive} on a channel is called by one thread.
 */
public interface Transport extends AutoCloseable {

    void send(Channel channel, Message message);

    /** The next valid message on the channel, or null when none arrives within the timeout. */
    Message receive(Channel channel, Duration timeout);

    /**
     * Makes a {@link #receive} waiting on the channel return now, with null if no message is
     * waiting, so its thread can attend to something else. Safe from any thread. By default it
     * does nothing: the receive returns at its timeout, which is only slower.
     */
    default void wakeReceiver(Channel channel) {}

    @Override
    void close();
}
