package dev.loomlab.eval.io;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One daemon thread that sends buffered cell output a short moment after it was written, so
 * output arrives while a cell still runs, in batches rather than one message per print.
 */
final class OutputFlusher {

    /** How long text may wait in a buffer; well under the 50 ms users would notice. */
    static final long DELAY_MILLIS = 20;

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "loomlab-output-flusher");
        thread.setDaemon(true);
        return thread;
    });

    private OutputFlusher() {}

    static void flushSoon(CellIo io) {
        TIMER.schedule(io::flush, DELAY_MILLIS, TimeUnit.MILLISECONDS);
    }
}
