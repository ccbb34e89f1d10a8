package dev.loomlab.async;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Captures what one explored schedule prints on {@code System.out}. While an exploration runs,
 * System.out is replaced by a stream that sends each write to the capture of the writing
 * thread, if it has one, and everything else where it went before. The capture is an
 * inheritable thread-local: the task threads of an explored loop are made by the thread that
 * creates the task, so they inherit it, while other threads of the program print as usual.
 */
final class PrintedOutput {
    private static final InheritableThreadLocal<ByteArrayOutputStream> CAPTURE = new InheritableThreadLocal<>();
    private static final Object LOCK = new Object();
    private static int users;
    private static PrintStream original;

    private PrintedOutput() {}

    /** Installs the routing stream (once for nested or parallel explorations). */
    static void install() {
        synchronized (LOCK) {
            if (users++ == 0) {
                original = System.out;
                PrintStream before = original;
                System.setOut(new PrintStream(new OutputStream() {
                    @Override
                    public void write(int b) {
                        write(new byte[] {(byte) b}, 0, 1);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        ByteArrayOutputStream capture = CAPTURE.get();
                        if (capture != null) {
                            synchronized (capture) {
                                capture.write(b, off, len);
                            }
                        } else {
                            before.write(b, off, len);
                        }
                    }

                    @Override
                    public void flush() {
                        if (CAPTURE.get() == null) before.flush();
                    }
                }, true, StandardCharsets.UTF_8));
            }
        }
    }

    static void uninstall() {
        synchronized (LOCK) {
            if (--users == 0) {
                System.out.flush();
                System.setOut(original);
                original = null;
            }
        }
    }

    /** Starts capturing on the calling thread (and the threads it creates from now on). */
    static ByteArrayOutputStream begin() {
        ByteArrayOutputStream capture = new ByteArrayOutputStream();
        CAPTURE.set(capture);
        return capture;
    }

    static String end(ByteArrayOutputStream capture) {
        System.out.flush();
        CAPTURE.remove();
        synchronized (capture) {
            return capture.toString(StandardCharsets.UTF_8);
        }
    }
}
