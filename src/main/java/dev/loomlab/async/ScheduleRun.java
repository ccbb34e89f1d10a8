package dev.loomlab.async;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.Callable;

/**
 * Runs a block once, as {@code run(block)} would, on a fresh loop whose open choices are made
 * by {@code choices} and whose clock is exact-virtual (only timers move it), recording the
 * timeline and what the block printed.
 */
final class ScheduleRun {
    static final String DEADLOCK = "deadlock: every task was waiting for another and nothing could wake them"
            + " (the explorer cancelled them to end the run)";
    private ScheduleRun() {}

    static <T> Schedule<T> run(Callable<T> block, RecordedChoices choices, long seed) {
        EventLoop loop = new EventLoop(Clock.exact());
        loop.choices = choices;
        loop.setWarningHandler(w -> { }); // a schedule's warnings (a task left pending, say) are not its outcome
        Timeline timeline = loop.startRecording();
        ByteArrayOutputStream capture = PrintedOutput.begin();
        T value = null;
        Throwable failure = null;
        try {
            value = loop.runUntilComplete(loop.createTask("main", block));
        } catch (Throwable t) {
            failure = t;
        } finally {
            try {
                Async.cancelAllTasks(loop);
                loop.shutdownDefaultExecutor();
            } finally {
                loop.stopRecording();
                loop.close();
            }
        }
        String printed = PrintedOutput.end(capture);
        if (choices.divergedAt >= 0) throw new RecordedChoices.NondeterministicBlockException(choices.divergedAt);
        Outcome outcome = choices.deadlock ? new Outcome(printed, null, DEADLOCK) : Outcome.of(printed, value, failure);
        return new Schedule<>(seed, outcome, numberedPerRun(timeline), outcome.failed() ? null : value);
    }

    /** The timeline with task ids counted from 1 in this run (main is 1), not across the JVM, so that a replay is equal. */
    private static Timeline numberedPerRun(Timeline recorded) {
        java.util.TreeMap<Long, Long> ids = new java.util.TreeMap<>();
        for (Timeline.Turn t : recorded.turns()) ids.put(t.taskId(), 0L);
        long n = 0;
        for (var entry : ids.entrySet()) entry.setValue(++n);
        Timeline numbered = new Timeline();
        for (Timeline.Turn t : recorded.turns()) {
            numbered.add(new Timeline.Turn(ids.get(t.taskId()), t.task(), t.start(), t.end(), t.then()));
        }
        return numbered;
    }
}
