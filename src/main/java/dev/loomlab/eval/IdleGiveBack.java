package dev.loomlab.eval;

import java.lang.management.ManagementFactory;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Hands memory back to the system when the kernel sits idle, as a hub with many students needs:
 * once nothing has used the engine (no cell, completion, inspection or warm-up snippet) for
 * {@link #IDLE_NANOS}, JShell's unused class-name index is emptied
 * ({@link UnusedClassNameIndex}), a full collection lets the heap shrink (the kernelspec's Serial GC and
 * MaxHeapFreeRatio give the freed part back), and the C heap is trimmed (what javac and the JIT
 * compilers freed stays with the process otherwise). Once per idle spell: it runs again only
 * after new work. It never runs during a cell: it holds the compiler lock, which a cell needs
 * before anything of it compiles or runs, and checks that no cell has begun. While cells run it
 * costs one check a second on a sleeping thread.
 */
final class IdleGiveBack {
    /**
     * How long the engine must have been left alone: 20 s, or the seconds the system property
     * loomlab.idleGiveBackSeconds gives (e.g. LOOMLAB_JVM_OPTS=-Dloomlab.idleGiveBackSeconds=5;
     * 0 turns the give-back off).
     */
    static final long IDLE_NANOS = idleNanos(System.getProperty("loomlab.idleGiveBackSeconds"));
    private static final long CHECK_MILLIS = 1_000;
    private static volatile boolean trimUnavailable;

    private IdleGiveBack() {}

    /**
     * @param cellRunning whether a cell is running (it may have lent the compiler lock to its user code)
     * @param lastWork    when the engine was last used, as System.nanoTime
     */
    static void start(ReentrantLock compilerLock, BooleanSupplier cellRunning, LongSupplier lastWork) {
        if (IDLE_NANOS <= 0) return;
        Thread.ofPlatform().daemon().name("loomlab-give-back").priority(Thread.MIN_PRIORITY).start(() -> {
            long givenBackAfter = Long.MIN_VALUE; // the value of lastWork the last give-back followed
            while (true) {
                try {
                    Thread.sleep(CHECK_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
                long work = lastWork.getAsLong();
                if (work == givenBackAfter || cellRunning.getAsBoolean() || System.nanoTime() - work < IDLE_NANOS) {
                    continue;
                }
                if (!compilerLock.tryLock()) continue;
                try {
                    if (cellRunning.getAsBoolean() || lastWork.getAsLong() != work) continue; // a cell began
                    UnusedClassNameIndex.empty();
                    System.gc();
                    givenBackAfter = work;
                } finally {
                    compilerLock.unlock();
                }
                // Outside the lock: the first trim starts the JVM's management server (up to a
                // second on a busy machine), which a completion request need not wait for.
                trimNativeHeap();
            }
        });
    }

    static long idleNanos(String seconds) {
        double value = 20;
        if (seconds != null) {
            try {
                value = Double.parseDouble(seconds.strip());
            } catch (NumberFormatException e) {
                // the default
            }
        }
        return value > 0 ? (long) (value * 1e9) : 0;
    }

    /** jcmd's System.trim_native_heap (glibc's malloc_trim); a no-op where the JVM or the C library lacks it. */
    private static void trimNativeHeap() {
        if (trimUnavailable) return;
        try {
            ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "systemTrimNativeHeap",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
        } catch (JMException | RuntimeException e) {
            trimUnavailable = true;
        }
    }
}
