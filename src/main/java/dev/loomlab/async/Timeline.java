package dev.loomlab.async;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A record of what ran when on one loop, as plain data, for drawing (for example as an SVG
 * timeline). Started by {@link EventLoop#startRecording()}. Each {@link Turn} is one stretch
 * during which a task held the loop: from the moment it got the turn to the await (or the end)
 * where it gave it back. Times are {@link EventLoop#time()} values in seconds, so under a
 * virtual clock they show the program's own time line.
 *
 * <p>A recording can be read while it grows, from any thread: {@link #version()} changes with
 * every event, and {@link #toSvg(double)} draws the picture as it stands at a given moment, with
 * the turn in progress and the waits not over yet drawn up to that moment (a live view redraws it
 * a few times a second).
 */
public final class Timeline {
    /**
     * One turn of one task on the loop.
     *
     * @param taskId {@link Task#getId()}
     * @param task   the task's name at the end of the turn
     * @param start  loop time the task got the turn
     * @param end    loop time it gave the turn back
     * @param then   what ended the turn: {@code "await sleep(0.1)"}, {@code "await Task 'b'"},
     *               {@code "yield"} (sleep(0)), {@code "done"}, {@code "failed: ..."}, {@code "cancelled"}
     */
    public record Turn(long taskId, String task, double start, double end, String then) {
    }

    /**
     * A task as it stands now: its name, when it was created (NaN if before the recording) and
     * since when it holds the loop (NaN while it does not).
     */
    record Now(String name, double createdAt, double runningSince) {
    }

    private final List<Turn> turns = new ArrayList<>();
    private final Map<Long, Now> now = new LinkedHashMap<>();
    private long version;

    synchronized void add(Turn t) {
        turns.add(t);
        Now n = now.get(t.taskId());
        now.put(t.taskId(), new Now(t.task(), n == null ? Double.NaN : n.createdAt(), Double.NaN));
        version++;
    }

    synchronized void created(long taskId, String name, double at) {
        now.put(taskId, new Now(name, at, Double.NaN));
        version++;
    }

    synchronized void began(long taskId, String name, double at) {
        Now n = now.get(taskId);
        now.put(taskId, new Now(name, n == null ? Double.NaN : n.createdAt(), at));
        version++;
    }

    /** Changes whenever something is recorded: a task created, a turn begun or ended. */
    public synchronized long version() {
        return version;
    }

    /** A snapshot of the turns recorded so far, in the order they ended (which is also the order they started). */
    public synchronized List<Turn> turns() {
        return List.copyOf(turns);
    }

    /** The turns drawn as an SVG picture: a row per task, solid while it holds the loop. */
    public String toSvg() {
        return TimelineSvg.draw(turns());
    }

    /**
     * The picture as it stands at loop time {@code at} while the recording goes on: the turn in
     * progress drawn solid up to {@code at}, a task waiting drawn pale up to it, a task created
     * but not started yet drawn as an outline.
     */
    public String toSvg(double at) {
        List<Turn> t;
        Map<Long, Now> n;
        synchronized (this) {
            t = List.copyOf(turns);
            n = new LinkedHashMap<>(now);
        }
        return TimelineSvg.draw(t, n, at);
    }

    /**
     * One line per task: when it first and last held the loop, how many turns it took and how
     * it ended; a plain-text stand-in for the picture.
     */
    public synchronized String summary() {
        java.util.Map<Long, List<Turn>> byTask = new java.util.TreeMap<>();
        for (Turn t : turns) byTask.computeIfAbsent(t.taskId(), id -> new ArrayList<>()).add(t);
        StringBuilder sb = new StringBuilder();
        for (List<Turn> task : byTask.values()) {
            Turn first = task.get(0);
            Turn last = task.get(task.size() - 1);
            sb.append(String.format(Locale.ROOT, "%-12s %7.3f s .. %7.3f s  %d turn%s, %s%n", last.task(),
                    first.start(), last.end(), task.size(), task.size() == 1 ? "" : "s", last.then()));
        }
        return sb.toString();
    }

    /** The turns as a plain text table, one line each. */
    public synchronized String toText() {
        StringBuilder sb = new StringBuilder();
        for (Turn t : turns) {
            sb.append(String.format(Locale.ROOT, "%9.4f %9.4f  %-12s %s%n", t.start(), t.end(), t.task(), t.then()));
        }
        return sb.toString();
    }
}
