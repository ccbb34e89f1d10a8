package dev.loomlab.kernel;

import dev.loomlab.log.KernelLog;
import java.util.Optional;

/**
 * Ends the kernel when the frontend that started it is gone (killed, crashed), instead of
 * leaving an orphan JVM holding memory and ports. Jupyter names its process in JPY_PARENT_PID,
 * as ipykernel reads it.
 */
public final class ParentWatch {
    private static final long POLL_MILLIS = 2000;

    private ParentWatch() {}

    public static void start() {
        parentPid().ifPresent(pid -> Thread.ofPlatform().daemon().name("loomlab-parent-watch").start(() -> {
            while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                try {
                    Thread.sleep(POLL_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
            KernelLog.info("the frontend that started this kernel (pid " + pid + ") is gone; shutting down");
            System.exit(0);
        }));
    }

    private static Optional<Long> parentPid() {
        String value = System.getenv("JPY_PARENT_PID");
        try {
            long pid = value == null ? 0 : Long.parseLong(value.trim());
            return pid > 1 ? Optional.of(pid) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
