package dev.loomlab.magic;

import dev.loomlab.async.Task;
import dev.loomlab.async.TaskState;
import dev.loomlab.display.live.LiveDisplay;
import dev.loomlab.display.live.TaskTable;
import dev.loomlab.eval.loop.SessionLoop;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code %tasks --watch}: the session's tasks as a table that updates in place while they run,
 * until every task it has seen is done or the user presses stop. Tasks started meanwhile join
 * the table; finished ones stay, with how they ended.
 */
final class TaskWatch {
    private final SessionLoop session;
    /** Only touched on the loop's thread (inside readOnLoop), read after it answered. */
    private final Set<Task<?>> seen = new LinkedHashSet<>();
    private volatile boolean allDone;

    private TaskWatch(SessionLoop session) {
        this.session = session;
    }

    static void run(SessionLoop session, MagicContext ctx) {
        TaskWatch watch = new TaskWatch(session);
        List<TaskTable.Row> first = watch.rows();
        if (first.isEmpty()) {
            ctx.print("No tasks are running.");
            return;
        }
        LiveDisplay view = LiveDisplay.on(ctx.sink(), () -> TaskTable.frame(watch.title(), watch.rows()));
        try {
            while (!watch.allDone && !ctx.stopped()) {
                try {
                    Thread.sleep(1000 / LiveDisplay.FRAMES_PER_SECOND);
                } catch (InterruptedException e) {
                    break;
                }
            }
        } finally {
            view.close(() -> TaskTable.frame(watch.allDone ? "All tasks are done." : "Stopped watching; tasks go on.",
                    watch.rows()));
        }
    }

    private String title() {
        return "Tasks of this session (updating until they are all done; stop to leave them running)";
    }

    /** Rows for every task seen so far, read on the loop; marks the watch over when none is left running. */
    private List<TaskTable.Row> rows() {
        List<TaskTable.Row> rows = session.readOnLoop(loop -> {
            seen.addAll(loop.allTasks());
            List<TaskTable.Row> out = new ArrayList<>();
            boolean anyLeft = false;
            for (Task<?> t : seen) {
                TaskState state = t.state();
                anyLeft |= !t.done();
                String detail = t.awaiting() == null ? "" : "waiting on " + t.awaiting();
                out.add(new TaskTable.Row(t.getName(), state.name().toLowerCase(), detail));
            }
            allDone = !anyLeft;
            return out;
        }, null);
        return rows == null ? List.of(new TaskTable.Row("(the loop is blocked)", "", "a task is holding it without awaiting")) : rows;
    }
}
