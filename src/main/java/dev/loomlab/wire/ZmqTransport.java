package dev.loomlab.wire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
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
 * the heartbeat. ZeroMQ sockets must not be used from two threads at once: shell and control
 * are {@link RouterChannel}s (their reader sends for the other threads), stdin is used by one
 * waiting cell at a time under a lock, and iopub has a publisher thread of its own (output may
 * come from any thread a cell started; one queue keeps it in order). Messages that fail
 * decoding are reported to {@code onBadMessage} and dropped.
 */
public final class ZmqTransport implements Transport {
    private static final Duration POLL = Duration.ofMillis(200);

    private final ZContext context = new ZContext(1);
    private final Map<Channel, RouterChannel> routers = new EnumMap<>(Channel.class);
    private final List<IpcRelay> relays = new ArrayList<>();
    private final ConnectionInfo info;
    private final ZMQ.Socket stdin;
    private final ZMQ.Socket iopub;
    private final MessageCodec codec;
    private final Consumer<String> onBadMessage;
    private final LinkedBlockingQueue<Message> iopubQueue = new LinkedBlockingQueue<>();
    private final Thread heartbeat;
    private final Thread publisher;
    private volatile boolean open = true;

    public ZmqTransport(ConnectionInfo info, Consumer<String> onBadMessage) {
        this.codec = new MessageCodec(new Signer(info.key(), info.signatureScheme()));
        this.onBadMessage = onBadMessage;
        this.info = info;
        routers.put(Channel.SHELL, new RouterChannel(context, "shell", address(info.shellPort())));
        routers.put(Channel.CONTROL, new RouterChannel(context, "control", address(info.controlPort())));
        relayIfIpc(info.shellPort(), routers.get(Channel.SHELL).endpoint());
        relayIfIpc(info.controlPort(), routers.get(Channel.CONTROL).endpoint());
        stdin = bind(SocketType.ROUTER, info.stdinPort());
        iopub = bind(SocketType.PUB, info.iopubPort());
        ZMQ.Socket hb = bind(SocketType.REP, info.hbPort());
        heartbeat = Thread.ofPlatform().daemon().name("loomlab-heartbeat").start(() -> echo(hb));
        publisher = Thread.ofPlatform().daemon().name("loomlab-iopub").start(this::publishLoop);
    }

    /**
     * Where JeroMQ binds a channel: the connection file's address, except for ipc, where JeroMQ
     * listens on a free loopback port and an {@link IpcRelay} serves the Unix socket Jupyter names.
     */
    private String address(int port) {
        return "ipc".equals(info.transport()) ? "tcp://127.0.0.1:*" : info.address(port);
    }

    /** For ipc: relays the Unix socket of {@code port} to where JeroMQ actually listens. */
    private void relayIfIpc(int port, String boundEndpoint) {
        if (!"ipc".equals(info.transport())) return;
        int tcpPort = Integer.parseInt(boundEndpoint.substring(boundEndpoint.lastIndexOf(':') + 1));
        try {
            relays.add(new IpcRelay(Path.of(info.ip() + "-" + port), tcpPort, onBadMessage));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the ipc endpoint " + info.address(port), e);
        }
    }

    private ZMQ.Socket bind(SocketType type, int port) {
        ZMQ.Socket socket = context.createSocket(type);
        socket.setLinger(1000);
        socket.setReceiveTimeOut((int) POLL.toMillis());
        socket.bind(address(port));
        relayIfIpc(port, socket.getLastEndpoint());
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
        while (open || !iopubQueue.isEmpty()) {
            try {
                Message message = iopubQueue.poll(POLL.toMillis(), TimeUnit.MILLISECONDS);
                if (message != null) RouterChannel.sendFrames(iopub, codec.encode(message));
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                onBadMessage.accept("iopub: " + e.getMessage());
            }
        }
    }

    @Override
    public void send(Channel channel, Message message) {
        switch (channel) {
            // PUB messages carry a topic in front; "kernel.<type>" is what ipykernel uses.
            case IOPUB -> iopubQueue.add(message.withIdentities(List.of(("kernel." + message.type()).getBytes())));
            case STDIN -> {
                List<byte[]> frames = codec.encode(message);
                synchronized (stdin) {
                    RouterChannel.sendFrames(stdin, frames);
                }
            }
            default -> routers.get(channel).send(codec.encode(message));
        }
    }

    @Override
    public Message receive(Channel channel, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (open) {
            long wait = remainingMillis(deadline);
            List<byte[]> frames = channel == Channel.STDIN ? receiveStdin(wait) : routers.get(channel).receive(wait);
            if (frames == null) {
                if (System.nanoTime() >= deadline) return null;
                if (channel != Channel.STDIN && routers.get(channel).takeWakeUp()) return null;
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

    @Override
    public void wakeReceiver(Channel channel) {
        RouterChannel router = routers.get(channel);
        if (router != null) router.wake();
    }

    private List<byte[]> receiveStdin(long timeoutMillis) {
        synchronized (stdin) {
            stdin.setReceiveTimeOut((int) timeoutMillis);
            byte[] first = stdin.recv();
            if (first == null) return null;
            List<byte[]> frames = new ArrayList<>();
            frames.add(first);
            while (stdin.hasReceiveMore()) frames.add(stdin.recv());
            return frames;
        }
    }

    /**
     * Rounded up: a poll wakes a little before its time, and rounding the rest (under a
     * millisecond) down to 0 made each wait end in a spin of zero-timeout polls, an idle kernel's
     * main cost (1.4% of a core, and 2.8 MB/s of garbage that kept the whole young generation
     * resident).
     */
    private static long remainingMillis(long deadline) {
        long leftNanos = deadline - System.nanoTime();
        if (leftNanos <= 0) return 0;
        return Math.min((leftNanos + 999_999) / 1_000_000, POLL.toMillis());
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
        routers.values().forEach(RouterChannel::close);
        relays.forEach(IpcRelay::close);
        context.close();
    }
}
