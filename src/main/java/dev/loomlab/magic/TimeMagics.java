package dev.loomlab.magic;

import dev.loomlab.async.EventLoop;
import dev.loomlab.eval.Interpreter.Outcome;
import java.lang.management.ManagementFactory;

/** %%time (wall and CPU time of a cell) and %timeit / %%timeit (repeated timing of a snippet). */
final class TimeMagics {
    private TimeMagics() {}

    /** @param loop the session's loop, whose own time %%time also reports when its clock is virtual; may be null */
    static void register(MagicRegistry registry, EventLoop loop) {
        Magic time = new Magic() {
            public String help() {
                return "run the cell (or the rest of the line) and print its wall and CPU time";
            }

            public Outcome run(String args, String body, MagicContext ctx) {
                String code = body.isBlank() ? args : body;
                boolean virtual = loop != null && loop.clock().isVirtual();
                double loopStart = virtual ? loop.time() : 0;
                long cpuStart = processCpuNanos();
                long wallStart = System.nanoTime();
                Outcome outcome = ctx.run(code);
                long wall = System.nanoTime() - wallStart;
                long cpu = processCpuNanos() - cpuStart;
                ctx.print("Wall time: " + Timeit.format(wall)
                        + (cpu >= 0 ? ", CPU time (all threads): " + Timeit.format(cpu) : "")
                        + (virtual ? ", loop time (virtual clock): " + Timeit.format((loop.time() - loopStart) * 1e9) : ""));
                return outcome;
            }
        };
        registry.cell("time", time).line("time", time);

        Magic timeit = new Magic() {
            private int counter;

            public String help() {
                return "time a snippet over many runs after a warm-up (a quick estimate, not JMH)";
            }

            public Outcome run(String args, String body, MagicContext ctx) {
                String code = (body.isBlank() ? args : body).strip();
                if (code.isEmpty()) return MagicFailure.of("UsageError", "%timeit needs code: %timeit Math.sqrt(2)");
                String name = "$timeit" + (++counter);
                // an expression is timed as a value (kept, so the JIT cannot drop it); otherwise as statements
                String asExpression = "Object[] " + name + "Sink = new Object[1]; Runnable " + name
                        + " = () -> { " + name + "Sink[0] = (" + stripSemicolon(code) + "); };";
                Outcome defined = ctx.engine().evaluateExpression("((Runnable) () -> { Object $v = (" + stripSemicolon(code) + "); })")
                        instanceof Outcome.Success ? ctx.run(asExpression)
                        : ctx.run("Runnable " + name + " = () -> { " + code + (code.endsWith(";") || code.endsWith("}") ? "" : ";") + " };");
                if (defined instanceof Outcome.Failure) return defined;
                Outcome result = ctx.run("dev.loomlab.magic.Timeit.report(" + name + ");");
                return result instanceof Outcome.Failure ? result : new Outcome.Success(null);
            }
        };
        registry.line("timeit", timeit).cell("timeit", timeit);
    }

    private static String stripSemicolon(String code) {
        return code.endsWith(";") ? code.substring(0, code.length() - 1) : code;
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }
}
