package dev.loomlab.display.live;

import dev.loomlab.async.Async;
import dev.loomlab.async.AsyncExecutionException;
import dev.loomlab.async.AsyncFuture;
import dev.loomlab.async.AsyncRunnable;
import dev.loomlab.async.EventLoop;
import dev.loomlab.async.Timeline;
import java.util.Collection;
import java.util.List;

/**
 * Live pictures of running tasks, preloaded with {@code import static dev.loomlab.display.live.Live.*;}.
 * Each redraws itself in the cell a few times a second while the tasks run and keeps its last
 * frame when done (see {@link LiveDisplay}).
 *
 * <pre>{@code
 * liveTimeline(() -> gather(createTask(() -> brew("tea", 0.2)), createTask(() -> brew("coffee", 0.3))).await());
 * for (var f : asCompleted(progress(tasks))) total += f.await();
 * }</pre>
 */
public final class Live {
    private Live() {}

    /**
     * Runs {@code body} on the running loop while its tasks draw themselves on a timeline that
     * grows as they start, wait, run, fail and finish. The body's exception, if any, is thrown
     * after the last frame is drawn.
     */
    public static void liveTimeline(AsyncRunnable body) {
        EventLoop loop = Async.getRunningLoop();
        Timeline recording = loop.startRecording();
        LiveDisplay view = LiveDisplay.inCell(() -> TimelineFrame.live(recording, loop.time()));
        try {
            body.run();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new AsyncExecutionException(e);
        } finally {
            loop.stopRecording();
            view.close(() -> TimelineFrame.finished(recording));
        }
    }

    /**
     * The rest of this cell draws itself: every task the cell runs from here on, the cell's own
     * main task included, shows on a live timeline until the cell ends.
     */
    public static void liveTimeline() {
        EventLoop loop = Async.getRunningLoop();
        Timeline recording = loop.startRecording();
        LiveDisplay view = LiveDisplay.inCell(() -> TimelineFrame.live(recording, loop.time()));
        dev.loomlab.display.CellContext.current().whenFinishing(() -> {
            loop.stopRecording();
            view.close(() -> TimelineFrame.finished(recording));
        });
    }

    /**
     * Shows how many of {@code futures} are done (and how many failed or were cancelled) as a bar
     * that fills while they run; it stops when all are done or the cell ends. Returns
     * {@code futures}, so that it can wrap them where they are used:
     * {@code for (var f : asCompleted(progress(tasks))) ...}.
     */
    public static <C extends Collection<? extends AsyncFuture<?>>> C progress(C futures) {
        return progress("", futures);
    }

    /** {@link #progress(Collection)} with a label before the count, e.g. {@code progress("downloads", tasks)}. */
    public static <C extends Collection<? extends AsyncFuture<?>>> C progress(String label, C futures) {
        List<AsyncFuture<?>> watched = List.copyOf(futures);
        ProgressFrame frame = new ProgressFrame(label, watched);
        LiveDisplay view = LiveDisplay.inCell(frame::draw);
        frame.whenAllDone(view::close);
        return futures;
    }
}
