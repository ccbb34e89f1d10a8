package dev.loomlab.async;

/** Where a {@link Task} is, for introspection ({@link Task#state()}, a {@code %tasks} listing). */
public enum TaskState {
    /** Created and scheduled; its body has not started yet. */
    CREATED,
    /** Holds the loop's turn: its code is running now. */
    RUNNING,
    /** Suspended at an await, see {@link Task#awaiting()}. */
    WAITING,
    /** Ready to resume (after {@code sleep(0)} or once what it awaited is done), queued on the loop. */
    READY,
    /** Finished with a result. */
    DONE,
    /** Finished with an exception. */
    FAILED,
    /** Cancelled. */
    CANCELLED
}
