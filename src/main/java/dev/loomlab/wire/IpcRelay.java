package dev.loomlab.wire;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Makes a Jupyter "ipc" endpoint (a Unix domain socket file) for a socket JeroMQ serves on
 * loopback TCP. JeroMQ's own ipc:// is TCP in disguise, which libzmq frontends cannot reach;
 * ZeroMQ's wire protocol is a plain byte stream, so relaying bytes between the Unix socket and
 * the TCP port is all it takes. One virtual thread per direction per connection.
 */
final class IpcRelay implements AutoCloseable {
    private final ServerSocketChannel server;
    private final Path path;
    private final int tcpPort;
    private final Consumer<String> log;
    private volatile boolean open = true;

    IpcRelay(Path path, int tcpPort, Consumer<String> log) throws IOException {
        this.path = path;
        this.tcpPort = tcpPort;
        this.log = log;
        Files.deleteIfExists(path);
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(path));
        Thread.ofVirtual().name("loomlab-ipc-" + path.getFileName()).start(this::acceptLoop);
    }

    private void acceptLoop() {
        while (open) {
            try {
                SocketChannel client = server.accept();
                SocketChannel kernel = SocketChannel.open(new InetSocketAddress("127.0.0.1", tcpPort));
                Thread.ofVirtual().start(() -> pump(client, kernel));
                Thread.ofVirtual().start(() -> pump(kernel, client));
            } catch (IOException e) {
                if (open) log.accept("ipc relay " + path + ": " + e.getMessage());
            }
        }
    }

    private static void pump(SocketChannel from, SocketChannel to) {
        ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        try {
            while (from.read(buffer) >= 0) {
                buffer.flip();
                while (buffer.hasRemaining()) to.write(buffer);
                buffer.clear();
            }
        } catch (IOException ignored) {
            // the peer went away; closing both ends below tells the other side
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void closeQuietly(SocketChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() {
        open = false;
        try {
            server.close();
            Files.deleteIfExists(path);
        } catch (IOException e) {
            log.accept("ipc relay " + path + ": " + e.getMessage());
        }
    }
}
