package dev.loomlab.magic;

import dev.loomlab.eval.Interpreter.Outcome;
import dev.loomlab.eval.loop.SessionLoop;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.stream.Collectors;

/** %tasks (the session loop's live tasks) and %threads (live threads, with a deadlock check). */
final class ConcurrencyMagics {
    private ConcurrencyMagics() {}

    static void register(MagicRegistry registry, SessionLoop session) {
        registry.line("tasks", new Magic() {
            public String help() {
                return "list the live tasks of this session's event loop, their state and what each waits for"
                        + " (--watch: a table that updates while they run)";
            }

            public Outcome run(String args, String body, MagicContext ctx) {
                if (args.strip().equals("--watch")) {
                    TaskWatch.run(session, ctx);
                    return new Outcome.Success(null);
                }
                if (!args.isBlank()) {
                    return MagicFailure.of("UsageError", "%tasks takes no argument but --watch, not: " + args.strip());
                }
                ctx.print(session.describeTasks());
                return new Outcome.Success(null);
            }
        });
        registry.line("threads", new Magic() {
            public String help() {
                return "list live threads (not the kernel's own) and name any deadlock cycle";
            }

            public Outcome run(String args, String body, MagicContext ctx) {
                ctx.print(describeThreads());
                return new Outcome.Success(null);
            }
        });
    }

    static String describeThreads() {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        ThreadInfo[] all = bean.dumpAllThreads(false, false);
        String listing = Arrays.stream(all)
                .filter(t -> !t.getThreadName().startsWith("loomlab-") && !t.isDaemon())
                .map(t -> String.format("%-24s %-14s%s", t.getThreadName(), t.getThreadState().name().toLowerCase(),
                        t.getLockName() == null ? "" : " waiting for " + t.getLockName()
                                + (t.getLockOwnerName() == null ? "" : " held by " + t.getLockOwnerName())))
                .collect(Collectors.joining("\n"));
        long[] deadlocked = bean.findDeadlockedThreads();
        String deadlock = deadlocked == null ? "No deadlock." : "Deadlock: " + Arrays.stream(bean.getThreadInfo(deadlocked))
                .map(t -> t.getThreadName() + " waits for " + t.getLockOwnerName())
                .collect(Collectors.joining(", ")) + ". Interrupting will not free them: restart the kernel.";
        return (listing.isEmpty() ? "No user threads are running." : listing) + "\n" + deadlock;
    }
}
