package dev.loomlab.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * A ROUTER socket that one thread reads while other threads may send on it. ZeroMQ sockets
 * must stay on one thread, so a sender that is not the reader queues its frames and wakes the
 * reader through an in-process PUSH/PULL pair; the reader sends them between polls. Replies
 * therefore never wait for a poll timeout, and the socket is never touched by two threads.
 */
final class RouterChannel {
    private final ZMQ.Socket socket;
    private final ZMQ.Socket wakeReceiver;
    private final ZMQ.Socket wakeSender;
    private final ZMQ.Poller poller;
    private final AtomicBoolean wakeUpAsked = new AtomicBoolean();
    private final ConcurrentLinkedQueue<List<byte[]>> outbox = new ConcurrentLinkedQueue<>();
    private volatile Thread reader;

    RouterChannel(ZContext context, String name, String address) {
        socket = context.createSocket(SocketType.ROUTER);
        socket.setLinger(1000);
        socket.bind(address);
        String wakeAddress = "inproc://loomlab-wake-" + name + "-" + System.identityHashCode(this);
        wakeReceiver = context.createSocket(SocketType.PULL);
        wakeReceiver.bind(wakeAddress);
        wakeSender = context.createSocket(SocketType.PUSH);
        wakeSender.setLinger(0);
        wakeSender.connect(wakeAddress);
        poller = context.createPoller(2);
        poller.register(socket, ZMQ.Poller.POLLIN);
        poller.register(wakeReceiver, ZMQ.Poller.POLLIN);
    }

    /** The address the socket really listens on (differs from the requested one for "*" ports). */
    String endpoint() {
        return socket.getLastEndpoint();
    }

    /** Makes a waiting {@link #receive} return; {@link #takeWakeUp} then tells it was asked to. */
    void wake() {
        wakeUpAsked.set(true);
        synchronized (wakeSender) {
            wakeSender.send(new byte[0], ZMQ.DONTWAIT);
        }
    }

    /** Whether {@link #wake} was called since the last time this was asked. */
    boolean takeWakeUp() {
        return wakeUpAsked.getAndSet(false);
    }

    void send(List<byte[]> frames) {
        if (Thread.currentThread() == reader || reader == null) {
            synchronized (socket) {
                sendFrames(socket, frames);
            }
            return;
        }
        outbox.add(frames);
        synchronized (wakeSender) {
            wakeSender.send(new byte[0], ZMQ.DONTWAIT);
        }
    }

    /** The next frames received within {@code timeoutMillis} (0 = only what is waiting), or null. */
    List<byte[]> receive(long timeoutMillis) {
        reader = Thread.currentThread();
        synchronized (socket) {
            flushOutbox();
            poller.poll(timeoutMillis);
            if (poller.pollin(1)) {
                while (wakeReceiver.recv(ZMQ.DONTWAIT) != null) {
                    // each wake-up is one empty frame; the queue holds the real messages
                }
                flushOutbox();
            }
            if (!poller.pollin(0)) return null;
            byte[] first = socket.recv(ZMQ.DONTWAIT);
            if (first == null) return null;
            List<byte[]> frames = new ArrayList<>();
            frames.add(first);
            while (socket.hasReceiveMore()) frames.add(socket.recv());
            return frames;
        }
    }

    private void flushOutbox() {
        List<byte[]> frames;
        while ((frames = outbox.poll()) != null) sendFrames(socket, frames);
    }

    static void sendFrames(ZMQ.Socket socket, List<byte[]> frames) {
        for (int i = 0; i < frames.size(); i++) {
            socket.send(frames.get(i), i < frames.size() - 1 ? ZMQ.SNDMORE : 0);
        }
    }

    void close() {
        synchronized (socket) {
            flushOutbox();
        }
        poller.close();
    }
}
