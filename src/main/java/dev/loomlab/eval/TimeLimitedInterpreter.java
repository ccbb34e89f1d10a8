package dev.loomlab.eval;

import dev.loomlab.display.MimeBundle;
import dev.loomlab.display.OutputSink;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * LOOMLAB_TIMEOUT: a cell that runs longer than the limit is interrupted, exactly as the stop
 * button would, and reported as a timeout. Wraps any engine; everything else passes through.
 */
public final class TimeLimitedInterpreter implements Interpreter {

    private final Interpreter engine;
    private final long limitMillis;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "loomlab-cell-timeout");
        t.setDaemon(true);
        return t;
    });

    public TimeLimitedInterpreter(Interpreter engine, long limitMillis) {
        if (limitMillis <= 0) throw new IllegalArgumentException("the time limit must be positive: " + limitMillis);
        this.engine = engine;
        this.limitMillis = limitMillis;
    }

    @Override
    public Outcome execute(String code, int executionCount, OutputSink sink, InputSource input) {
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledFuture<?> alarm = timer.schedule(() -> {
            timedOut.set(true);
            engine.interrupt();
        }, limitMillis, TimeUnit.MILLISECONDS);
        Outcome outcome;
        try {
            outcome = engine.execute(code, executionCount, sink, input);
        } finally {
            alarm.cancel(false);
        }
        if (timedOut.get() && outcome instanceof Outcome.Failure) {
            String message = "The cell ran longer than its time limit of " + limitMillis
                    + " ms (LOOMLAB_TIMEOUT) and was stopped. Everything defined before it is still there.";
            return new Outcome.Failure("TimeoutException", message, List.of("TimeoutException: " + message));
        }
        return outcome;
    }

    @Override
    public Outcome evaluateExpression(String expression) {
        return engine.evaluateExpression(expression);
    }

    @Override
    public void interrupt() {
        engine.interrupt();
    }

    @Override
    public Completion complete(String code, int cursorPos) {
        return engine.complete(code, cursorPos);
    }

    @Override
    public MimeBundle inspect(String code, int cursorPos, int detailLevel) {
        return engine.inspect(code, cursorPos, detailLevel);
    }

    @Override
    public IsComplete isComplete(String code) {
        return engine.isComplete(code);
    }

    @Override
    public void addToClassPath(List<Path> entries) {
        engine.addToClassPath(entries);
    }

    @Override
    public String languageVersion() {
        return engine.languageVersion();
    }

    @Override
    public void close() {
        timer.shutdownNow();
        engine.close();
    }
}
