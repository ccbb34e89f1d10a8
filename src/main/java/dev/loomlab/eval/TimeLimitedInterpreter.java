package dev.loomlab.eval;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * LOOMLAB_TIMEOUT: a cell that runs longer than the limit is interrupted, exactly as the stop
 * button would, and reported as a timeout. Wraps any engine; everything else passes through.
 */
public final class TimeLimitedInterpreter extends ForwardingInterpreter {

    private final long limitMillis;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "loomlab-cell-timeout");
        t.setDaemon(true);
        return t;
    });

    public TimeLimitedInterpreter(Interpreter engine, long limitMillis) {
        super(engine);
        if (limitMillis <= 0) throw new IllegalArgumentException("the time limit must be positive: " + limitMillis);
        this.limitMillis = limitMillis;
    }

    @Override
    public Outcome execute(RunningCell cell) {
        ScheduledFuture<?> alarm = timer.schedule(() -> cell.stop().stop(StopSignal.Reason.TIME_LIMIT),
                limitMillis, TimeUnit.MILLISECONDS);
        Outcome outcome;
        try {
            outcome = engine.execute(cell);
        } finally {
            alarm.cancel(false);
        }
        if (cell.stop().reason() == StopSignal.Reason.TIME_LIMIT && outcome instanceof Outcome.Failure) {
            String message = "The cell ran longer than its time limit of " + limitMillis
                    + " ms (LOOMLAB_TIMEOUT) and was stopped. Everything defined before it is still there.";
            return new Outcome.Failure("TimeoutException", message, List.of("TimeoutException: " + message));
        }
        return outcome;
    }

    @Override
    public void close() {
        timer.shutdownNow();
        engine.close();
    }
}
