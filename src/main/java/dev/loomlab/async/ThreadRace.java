package dev.loomlab.async;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The question {@link Explorer} answers for tasks, asked of threads: what outcomes can these
 * threads produce together? A race is set up JCStress-style: a fresh shared state for every
 * run, two or more actors that each run on their own thread against it, and a result read when
 * they have all finished.
 *
 * <pre>{@code
 * ThreadRace.of(() -> new int[1])
 *     .actor(c -> c[0]++)
 *     .actor(c -> c[0]++)
 *     .result(c -> c[0])
 *     .stress(10_000)
 * }</pre>
 *
 * Two ways to run it:
 * <ul>
 * <li>{@link #stress(int)}: the real thing. Every run starts the actors together on real
 * threads and the operating system interleaves them as it likes. It finds what happens on
 * this machine, often enough to see it; it proves nothing about what never showed, and it
 * <b>cannot replay</b> a run: nobody recorded the order the hardware chose.</li>
 * <li>{@link #interleave(int)}: a model of the race. An actor may be switched only where it
 * calls {@link #step()} (write {@code int v = c[0]; step(); c[0] = v + 1;} for the
 * {@code c[0]++} above, which is that read and that write); exactly one actor runs at a time
 * and every order of their steps is tried, depth first, like the task explorer, and each
 * outcome gets a seed that {@link ThreadExploration#replay(long) replays} it. It is exact
 * for the steps you mark and blind to the ones you do not; code that blocks (locks,
 * {@code synchronized}, joins) cannot be paused there and belongs in {@link #stress}.</li>
 * </ul>
 */
public final class ThreadRace<S> {
    private final Supplier<S> state;
    private final List<Consumer<S>> actors = new ArrayList<>();
    private Function<S, ?> result = s -> s;
    private boolean virtualThreads;

    private ThreadRace(Supplier<S> state) {
        this.state = Objects.requireNonNull(state, "state");
    }

    /** A race on a state made fresh for every run by {@code state}. */
    public static <S> ThreadRace<S> of(Supplier<S> state) {
        return new ThreadRace<>(state);
    }

    /** Adds an actor: it runs on its own thread against the run's state. */
    public ThreadRace<S> actor(Consumer<S> actor) {
        actors.add(Objects.requireNonNull(actor, "actor"));
        return this;
    }

    /** Adds {@code n} actors doing the same thing. */
    public ThreadRace<S> actors(int n, Consumer<S> actor) {
        for (int i = 0; i < n; i++) actor(actor);
        return this;
    }

    /** What a run's outcome is, read from the state once every actor has finished (default: the state itself). */
    public ThreadRace<S> result(Function<S, ?> result) {
        this.result = Objects.requireNonNull(result, "result");
        return this;
    }

    /** Runs the actors on virtual threads instead of platform threads. */
    public ThreadRace<S> virtualThreads() {
        this.virtualThreads = true;
        return this;
    }

    /**
     * Where an actor may be switched under {@link #interleave}: the running actor pauses here
     * and the explorer picks which actor goes on. Does nothing under {@link #stress} or outside
     * a race.
     */
    public static void step() {
        Interleaving.stepIfControlled();
    }

    /** Runs the race {@code runs} times on real threads; see the class comment for what that can and cannot tell. */
    public ThreadExploration stress(int runs) {
        requireActors();
        if (runs < 1) throw new IllegalArgumentException("runs must be at least 1, not " + runs);
        return ThreadStress.run(this, runs);
    }

    /**
     * Tries every order of the actors' {@link #step() steps} when there are at most
     * {@code bound} of them, else {@code bound} random orders; see the class comment.
     */
    public ThreadExploration interleave(int bound) {
        requireActors();
        if (bound < 1) throw new IllegalArgumentException("the bound must be at least 1, not " + bound);
        return Interleaving.explore(this, bound);
    }

    /** {@link #interleave(int)} with a bound of 1000. */
    public ThreadExploration interleave() {
        return interleave(1000);
    }

    private void requireActors() {
        if (actors.size() < 2) {
            throw new IllegalStateException("a race needs at least two actors; it has " + actors.size());
        }
    }

    S freshState() {
        return state.get();
    }

    List<Consumer<S>> actorList() {
        return actors;
    }

    Object resultOf(S s) {
        return result.apply(s);
    }

    Thread.Builder threads() {
        return virtualThreads ? Thread.ofVirtual().name("race-actor-", 0) : Thread.ofPlatform().daemon(true).name("race-actor-", 0);
    }

    String threadKind() {
        return virtualThreads ? "virtual" : "platform";
    }
}
