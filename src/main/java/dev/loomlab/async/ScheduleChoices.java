package dev.loomlab.async;

/**
 * The choices an {@link EventLoop} leaves open, resolved by the {@link Explorer}: which of
 * several tasks or timers ready at the same instant goes first, and how long a sleep of about
 * {@code seconds} really takes. A loop without one (every ordinary loop) keeps asyncio's exact
 * order and exact durations.
 */
interface ScheduleChoices {
    /** Picks one of {@code options} (at least 2) possibilities: 0 is the one asyncio would take. */
    int choose(int options);

    /** Every task of the loop waits and nothing can wake them: the loop is about to cancel them. */
    void deadlocked();

    /** The duration a {@code sleep(seconds)} takes under this schedule. */
    double jitter(double seconds);
}
