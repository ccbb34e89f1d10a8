package dev.loomlab.kernel;

import dev.loomlab.display.MimeBundle;
import dev.loomlab.eval.Interpreter;
import dev.loomlab.eval.RunningCell;
import dev.loomlab.eval.io.InputSource;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An engine that understands a tiny script instead of Java, to test the protocol layer alone:
 * "print X" writes X to stdout, "fail" throws, "gated fail" throws once {@link #gate} opens,
 * "block" waits until interrupted, "val X" returns X as the cell's value; anything else
 * succeeds with no value.
 */
final class FakeInterpreter implements Interpreter {
    final AtomicInteger interrupts = new AtomicInteger();
    final CountDownLatch blocking = new CountDownLatch(1);
    /** Lets a test send more requests before a "gated fail" cell fails. */
    final CountDownLatch gate = new CountDownLatch(1);
    private volatile CountDownLatch release = new CountDownLatch(1);
    volatile String lastInput;

    @Override
    public Outcome execute(RunningCell cell) {
        String code = cell.code();
        InputSource input = cell.input();
        if (code.startsWith("print ")) cell.sink().stream("stdout", code.substring(6));
        if (code.startsWith("input")) lastInput = input == null ? null : input.readLine("name? ", false);
        if (code.startsWith("val ")) return new Outcome.Success(MimeBundle.text(code.substring(4)));
        if (code.startsWith("gated fail")) {
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new Outcome.Failure("IllegalStateException", "boom", List.of("trace"));
        }
        if (code.startsWith("fail")) return new Outcome.Failure("IllegalStateException", "boom", List.of("trace"));
        if (code.startsWith("block")) {
            cell.stop().onStop(() -> {
                interrupts.incrementAndGet();
                release.countDown();
            });
            blocking.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new Outcome.Failure("Interrupted", "stopped", List.of());
        }
        return new Outcome.Success(null);
    }

    @Override
    public Outcome evaluateExpression(String expression) {
        return expression.equals("bad")
                ? new Outcome.Failure("RuntimeException", "bad expression", List.of())
                : new Outcome.Success(MimeBundle.text("<" + expression + ">"));
    }

    @Override
    public Completion complete(String code, int cursorPos) {
        return new Completion(List.of("println(", "print("), 4, cursorPos);
    }

    @Override
    public MimeBundle inspect(String code, int cursorPos, int detailLevel) {
        return code.isEmpty() ? null : MimeBundle.text("doc of " + code);
    }

    @Override
    public IsComplete isComplete(String code) {
        return code.endsWith("{") ? new IsComplete("incomplete", "    ") : new IsComplete("complete", null);
    }

    @Override
    public String languageVersion() {
        return "21.0.0";
    }

    @Override
    public void close() {}
}
