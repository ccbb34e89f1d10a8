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

    record Sent(Channel channel, Message message) {
        String type() {
            return message.type();
        }
    }

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
            return incoming.get(channel).poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    @Override
    public void close() {}
}
