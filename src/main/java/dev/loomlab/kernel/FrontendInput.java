package dev.loomlab.kernel;

import dev.loomlab.eval.StopSignal;
import dev.loomlab.eval.io.InputSource;
import dev.loomlab.log.KernelLog;
import dev.loomlab.wire.Json;
import dev.loomlab.wire.Message;
import java.time.Duration;
import java.util.concurrent.CancellationException;

/**
 * System.in for a cell whose frontend allows stdin: sends input_request on the stdin channel
 * and waits for the input_reply. Gives up (CancellationException) when the cell is
 * interrupted while waiting, so the stop button also ends a pending Scanner read.
 */
final class FrontendInput implements InputSource {
    private static final Duration POLL = Duration.ofMillis(100);

    private final StdinChannel stdin;
    private final StopSignal stop;

    FrontendInput(StdinChannel stdin, StopSignal stop) {
        this.stdin = stdin;
        this.stop = stop;
    }

    @Override
    public synchronized String readLine(String prompt, boolean password) {
        stdin.send("input_request", Json.obj("prompt", prompt == null ? "" : prompt, "password", password));
        while (!stop.requested()) {
            Message reply = stdin.receive(POLL);
            if (reply == null) continue;
            if (!"input_reply".equals(reply.type())) {
                KernelLog.warn("ignoring " + reply.type() + " on stdin while waiting for input_reply");
                continue;
            }
            return reply.text("value", "");
        }
        throw new CancellationException("input was interrupted");
    }
}
