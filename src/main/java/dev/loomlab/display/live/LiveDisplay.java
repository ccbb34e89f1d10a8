package dev.loomlab.display.live;

import dev.loomlab.display.CellContext;
import dev.loomlab.display.MimeBundle;
import dev.loomlab.display.OutputSink;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * One output that redraws itself while a cell runs: shown once with a display_id, then
 * replaced in place (update_display_data, so nothing flickers or scrolls) at most
 * {@link #FRAMES_PER_SECOND} times a second and only when the picture changed, and drawn a last
 * time when it is closed, at the latest when its cell ends. That last frame is what stays in the
 * cell, and what a notebook saved or exported keeps: nbclient and JupyterLab replace the earlier
 * output with each update.
 */
public final class LiveDisplay implements AutoCloseable {
    /** A few frames a second: enough to watch, few enough not to flood the frontend. */
    public static final int FRAMES_PER_SECOND = 4;
    private static final ScheduledExecutorService TICKER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "loomlab-live-views");
        t.setDaemon(true);
        return t;
    });

    private final OutputSink sink;
    private final String displayId = UUID.randomUUID().toString();
    private final Supplier<MimeBundle> frame;
    private final ScheduledFuture<?> ticks;
    private MimeBundle shown;
    private boolean closed;

    private LiveDisplay(OutputSink sink, Supplier<MimeBundle> frame) {
        this.sink = sink;
        this.frame = frame;
        this.shown = frame.get();
        sink.display(shown, displayId, false);
        long period = 1000 / FRAMES_PER_SECOND;
        this.ticks = TICKER.scheduleAtFixedRate(this::tick, period, period, TimeUnit.MILLISECONDS);
    }

    /** Shows {@code frame} in the calling thread's cell and keeps it fresh until closed or the cell ends. */
    public static LiveDisplay inCell(Supplier<MimeBundle> frame) {
        CellContext cell = CellContext.current();
        LiveDisplay view = new LiveDisplay(cell.sink(), frame);
        cell.whenFinishing(view::close);
        return view;
    }

    /** Shows {@code frame} on {@code sink} (a magic's output) and keeps it fresh until closed. */
    public static LiveDisplay on(OutputSink sink, Supplier<MimeBundle> frame) {
        return new LiveDisplay(sink, frame);
    }

    /** The display_id its updates carry. */
    public String displayId() {
        return displayId;
    }

    private void tick() {
        try {
            redraw(frame);
        } catch (RuntimeException e) {
            // a frame that cannot be drawn now is skipped; the last frame tells the truth
        }
    }

    private synchronized void redraw(Supplier<MimeBundle> source) {
        if (closed) return;
        MimeBundle next = source.get();
        if (Objects.equals(next.data(), shown.data())) return;
        shown = next;
        sink.display(next, displayId, true);
    }

    /** Draws the last frame (if it differs from the one shown) and stops. */
    @Override
    public void close() {
        close(frame);
    }

    /** Draws {@code last} as the last frame (if it differs from the one shown) and stops. */
    public void close(Supplier<MimeBundle> last) {
        ticks.cancel(false);
        redraw(last);
        synchronized (this) {
            closed = true;
        }
    }
}
