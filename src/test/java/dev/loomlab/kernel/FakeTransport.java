package dev.loomlab.kernel;

import dev.loomlab.wire.Channel;
import dev.loomlab.wire.Json;
import dev.loomlab.wire.Message;
import dev.loomlab.wire.Transport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A transport without sockets: tests put requests in and read what the kernel sent. */
final class FakeTransport implements Transport {
    private final Map<Channel, LinkedBlockingQueue<Message>> incoming = new EnumMap<>(Channel.class);
    private final List<Sent> sent = new ArrayList<>();
    /** Put on a channel's queue by {@link #wakeReceiver}: receive returns null for it. */
    private static final Message WAKE_UP = Message.create("fake", "wake_up", null, Json.obj());

    record Sent(Channel channel, Message message) {
        String type() {
            return message.type();
        }
    }

    /** Simulates a shell reader that lags behind the wire (a loaded machine). */
    volatile long shellReadDelayMillis;

    FakeTransport() {
        for (Channel c : Channel.values()) incoming.put(c, new LinkedBlockingQueue<>());
    }

    Message request(Channel channel, String type, Object... content) {
        Message m = Message.create("client", type, null, Json.obj(content));
        incoming.get(channel).add(m);
        return m;
    }

    /** Everything sent in reply to {@code request}, up to and including its idle status. */
    synchronized List<Sent> until_idle(Message request) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            List<Sent> out = sent.stream()
                    .filter(s -> s.message().parentHeader().path("msg_id").asText().equals(request.id()))
                    .toList();
            boolean idle = out.stream().anyMatch(s -> s.type().equals("status")
                    && s.message().content().path("execution_state").asText().equals("idle"));
            if (idle) return out;
            long left = deadline - System.nanoTime();
            if (left <= 0) throw new AssertionError("no idle for " + request.type() + "; got " + out);
            TimeUnit.NANOSECONDS.timedWait(this, Math.min(left, TimeUnit.MILLISECONDS.toNanos(100)));
        }
    }

    @Override
    public synchronized void send(Channel channel, Message message) {
        sent.add(new Sent(channel, message));
        notifyAll();
    }

    @Override
    public Message receive(Channel channel, Duration timeout) {
        try {
            if (channel == Channel.SHELL && shellReadDelayMillis > 0) Thread.sleep(shellReadDelayMillis);
            Message next = incoming.get(channel).poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return next == WAKE_UP ? null : next;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    @Override
    public void wakeReceiver(Channel channel) {
        incoming.get(channel).add(WAKE_UP);
    }

    @Override
    public void close() {}
}
