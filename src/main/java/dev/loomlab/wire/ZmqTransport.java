package dev.loomlab.wire;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * The kernel's sockets on JeroMQ: ROUTER for shell, control and stdin, PUB for iopub, REP for
 * the heartbeat. ZeroMQ sockets must not be used from two threads at once, so each socket is
 * guarded by its own lock and iopub has a publisher thread of its own (output may come from
 * any thread a cell started; one queue keeps it in order). Messages that fail decoding are
 * reported to {@code onBadMessage} and dropped.
 */
public final class ZmqTransport implements Transport {
    private static final Duration POLL = Duration.ofMillis(200);

    private final ZContext context = new ZContext(1);
    private final Map<Channel, ZMQ.Socket> sockets = new EnumMap<>(Channel.class);
    private final MessageCodec codec;
    private final Consumer<String> onBadMessage;
    private final LinkedBlockingQueue<Message> iopubQueue = new LinkedBlockingQueue<>();
    private final Thread heartbeat;
    private final Thread publisher;
    private volatile boolean open = true;

    public ZmqTransport(ConnectionInfo info, Consumer<String> onBadMessage) {
        this.codec = new MessageCodec(new Signer(info.key(), info.signatureScheme()));
        this.onBadMessage = onBadMessage;
        sockets.put(Channel.SHELL, bind(SocketType.ROUTER, info.address(info.shellPort())));
        sockets.put(Channel.CONTROL, bind(SocketType.ROUTER, info.address(info.controlPort())));
        sockets.put(Channel.STDIN, bind(SocketType.ROUTER, info.address(info.stdinPort())));
        sockets.put(Channel.IOPUB, bind(SocketType.PUB, info.address(info.iopubPort())));
        ZMQ.Socket hb = bind(SocketType.REP, info.address(info.hbPort()));
        heartbeat = Thread.ofPlatform().daemon().name("loomlab-heartbeat").start(() -> echo(hb));
        publisher = Thread.ofPlatform().daemon().name("loomlab-iopub").start(this::publishLoop);
    }

    private ZMQ.Socket bind(SocketType type, String address) {
        ZMQ.Socket socket = context.createSocket(type);
        socket.setLinger(1000);
        socket.setReceiveTimeOut((int) POLL.toMillis());
        if (type == SocketType.ROUTER) socket.setRouterMandatory(false);
        socket.bind(address);
        return socket;
    }

    private void echo(ZMQ.Socket hb) {
        while (open) {
            try {
                byte[] ping = hb.recv();
                if (ping != null) hb.send(ping);
            } catch (RuntimeException e) {
                if (open) onBadMessage.accept("heartbeat: " + e.getMessage());
            }
        }
    }

    private void publishLoop() {
        ZMQ.Socket iopub = sockets.get(Channel.IOPUB);
        while (open || !iopubQueue.isEmpty()) {
            try {
                Message message = iopubQueue.poll(POLL.toMillis(), TimeUnit.MILLISECONDS);
                if (message != null) sendFrames(iopub, codec.encode(message));
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                onBadMessage.accept("iopub: " + e.getMessage());
            }
        }
    }

    @Override
    public void send(Channel channel, Message message) {
        if (channel == Channel.IOPUB) {
            // PUB messages carry the topic as identity; "kernel.<type>" is what ipykernel uses.
            iopubQueue.add(message.withIdentities(List.of(("kernel." + message.type()).getBytes())));
            return;
        }
        ZMQ.Socket socket = sockets.get(channel);
        List<byte[]> frames = codec.encode(message);
        synchronized (socket) {
            sendFrames(socket, frames);
        }
    }

    private static void sendFrames(ZMQ.Socket socket, List<byte[]> frames) {
        for (int i = 0; i < frames.size(); i++) {
            socket.send(frames.get(i), i < frames.size() - 1 ? ZMQ.SNDMORE : 0);
        }
    }

    @Override
    public Message receive(Channel channel, Duration timeout) {
        ZMQ.Socket socket = sockets.get(channel);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (open) {
            List<byte[]> frames;
            synchronized (socket) {
                frames = receiveFrames(socket, remainingMillis(deadline));
            }
            if (frames == null) {
                if (System.nanoTime() >= deadline) return null;
                continue;
            }
            try {
                return codec.decode(frames);
            } catch (BadMessageException e) {
                onBadMessage.accept(channel.name().toLowerCase() + ": dropped a message: " + e.getMessage());
            }
        }
        return null;
    }

    private static int remainingMillis(long deadline) {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        return (int) Math.max(0, Math.min(left, POLL.toMillis()));
    }

    private static List<byte[]> receiveFrames(ZMQ.Socket socket, int timeoutMillis) {
        socket.setReceiveTimeOut(timeoutMillis);
        byte[] first = socket.recv();
        if (first == null) return null;
        List<byte[]> frames = new ArrayList<>();
        frames.add(first);
        while (socket.hasReceiveMore()) frames.add(socket.recv());
        return frames;
    }

    @Override
    public void close() {
        if (!open) return;
        open = false;
        try {
            publisher.join(2000);
            heartbeat.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        context.close();
    }
}
