package dev.loomlab.async;

/**
 * One explored schedule: the seed that replays it, what it ended with, and the timeline of
 * which task held the loop when.
 *
 * @param seed     give it to {@link Exploration#replay(long)} to run this very schedule again
 * @param outcome  what the block printed and returned (or threw)
 * @param timeline the turns of every task, on the exploration's exact virtual clock
 * @param value    the block's value itself (null if it failed), for {@link Exploration#expect}
 */
public record Schedule<T>(long seed, Outcome outcome, Timeline timeline, T value) {
}
