package dev.loomlab.eval.exec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * After an interrupt, says which threads the cell started are still alive. JShell's stop
 * reaches a thread only at a loop or method entry or in an interruptible wait; a thread
 * blocked on a lock (a deadlock) or in a plain socket read stays, and since Thread.stop is
 * gone nothing can end it short of a restart. The user should know instead of wondering.
 */
public final class LeftoverThreads {

    /** How long stopped threads get to finish before they count as left over. */
    private static final long GRACE_MILLIS = 300;

    /** The groups of the running cell's snippets: a thread started by one snippet outlives it. */
    private final PerCell<ThreadGroup> groups = new PerCell<>();

    LeftoverThreads() {}

    void snippetGroup(ThreadGroup group) {
        groups.add(group);
    }

    /** Called after a stopped snippet; prints to the cell's stderr which of its threads live on. */
    void report() {
        List<Thread> alive = alive();
        long deadline = System.nanoTime() + GRACE_MILLIS * 1_000_000;
        while (!alive.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                break; // keep the interrupt from ending the report; we are done waiting anyway
            }
            alive = alive();
        }
        if (!alive.isEmpty()) {
            System.err.print(describe(alive));
        }
    }

    /** "2 threads this cell started are still running: left (stuck waiting for a lock: a deadlock?), ..." */
    public static String describe(List<Thread> threads) {
        List<String> parts = threads.stream().map(t -> t.getName() + " (" + doing(t.getState()) + ")").toList();
        String count = threads.size() == 1 ? "A thread this cell started is" : threads.size() + " threads this cell started are";
        return count + " still running: " + String.join(", ", parts) + ". Java cannot stop "
                + (threads.size() == 1 ? "it" : "them") + " from outside; "
                + (threads.size() == 1 ? "it runs" : "they run") + " until the kernel is restarted.\n";
    }

    private static String doing(Thread.State state) {
        return switch (state) {
            case BLOCKED -> "stuck waiting for a lock: a deadlock?";
            case WAITING, TIMED_WAITING -> "waiting";
            default -> "running";
        };
    }

    /**
     * The JDK starts a ForkJoinPool's timer thread the first time something sleeps on it (a
     * virtual thread's Thread.sleep on JDK 25) in whatever group is current: it is the JVM's,
     * lives as long as the pool, and is not the cell's to stop.
     */
    public static boolean isJdkTimer(Thread t) {
        return t.getName().startsWith("ForkJoinPool") && t.getName().endsWith("-delayScheduler");
    }

    private List<Thread> alive() {
        List<Thread> alive = new ArrayList<>();
        for (ThreadGroup group : groups.items()) {
            Thread[] threads = new Thread[group.activeCount() + 8];
            int count = group.enumerate(threads);
            alive.addAll(Arrays.asList(threads).subList(0, count));
        }
        alive.removeIf(t -> t == null || !t.isAlive() || Objects.equals(t, Thread.currentThread())
                || isJdkTimer(t));
        return alive;
    }
}
