package dev.loomlab.eval.loop;

import java.util.HashSet;
import java.util.Set;

/**
 * The live platform threads, cheaply (the thread groups, no stack walks): taken when a cell
 * starts so that an interrupt can tell the threads the cell started from everyone else's.
 */
final class PlatformThreads {
    private PlatformThreads() {}

    static Set<Thread> snapshot() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) root = root.getParent();
        Thread[] threads = new Thread[root.activeCount() + 16];
        int n = root.enumerate(threads, true);
        Set<Thread> live = new HashSet<>(n * 2);
        for (int i = 0; i < n; i++) live.add(threads[i]);
        return live;
    }

    /** Threads the JVM starts on demand: virtual threads' carriers and the common pool's workers. */
    private static boolean isJvmOwn(Thread t) {
        return t.getClass().getName().equals("jdk.internal.misc.CarrierThread")
                || t.getName().startsWith("ForkJoinPool.commonPool");
    }

    /** Threads alive now that were not in {@code before}, leaving out the kernel's own. */
    static Set<Thread> startedSince(Set<Thread> before) {
        Set<Thread> started = snapshot();
        started.removeAll(before);
        started.removeIf(t -> t.getName().startsWith("loomlab-") || isJvmOwn(t) || t == Thread.currentThread());
        return started;
    }
}
