package dev.loomlab.async;

import static dev.loomlab.async.Async.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Five sleep-heavy programs print the same lines, elapsed times included, on the system clock
 * and on the virtual clock; the virtual runs take a fraction of the time.
 */
@Timeout(120)
class VirtualClockTest {

    static String at(double t0) {
        return String.format(Locale.ROOT, "%.1f", time() - t0);
    }

    static void tickers() {
        double t0 = time();
        List<Task<Void>> ts = new ArrayList<>();
        for (String name : List.of("fast", "slow")) {
            double period = name.equals("fast") ? 0.1 : 0.25;
            ts.add(createTask(name, () -> {
                for (int i = 0; i < 3; i++) {
                    sleep(period);
                    System.out.println(name + " tick " + i + " at " + at(t0));
                }
            }));
        }
        gather(ts).await();
    }

    static void producerConsumer() {
        double t0 = time();
        var q = new AsyncQueue<Integer>(2);
        var consumer = createTask(() -> {
            for (int i = 0; i < 4; i++) {
                int item = q.get();
                sleep(0.1);
                System.out.println("consumed " + item + " at " + at(t0));
            }
        });
        for (int i = 0; i < 4; i++) {
            q.put(i);
            System.out.println("produced " + i + " at " + at(t0));
            sleep(0.02); // never due together with the consumer's 0.1 s timers: a tie would make the order depend on real timing
        }
        consumer.await();
    }

    static void gatherStaggered() {
        double t0 = time();
        var r = gather(() -> {
            sleep(0.3);
            return "a";
        }, () -> {
            sleep(0.1);
            return "b";
        }, () -> {
            sleep(0.2);
            return "c";
        }).await();
        System.out.println(r + " after " + at(t0));
    }

    static void timeouts() {
        double t0 = time();
        try {
            waitFor(() -> {
                sleep(1);
                return 1;
            }, 0.2);
        } catch (AsyncTimeoutException e) {
            System.out.println("timed out at " + at(t0));
        }
        try (var scope = timeout(0.1)) {
            sleep(5);
        } catch (AsyncTimeoutException e) {
            System.out.println("scope expired at " + at(t0));
        }
        var d = Async.wait(List.of(createTask(() -> sleep(0.5))), java.time.Duration.ofMillis(100));
        System.out.println("wait returned " + d.pending().size() + " pending at " + at(t0));
        d.pending().iterator().next().await();
        System.out.println("all done at " + at(t0));
    }

    static void limitedWorkers() {
        double t0 = time();
        var sem = new AsyncSemaphore(2);
        taskGroup(tg -> {
            for (int i = 0; i < 5; i++) {
                int k = i;
                tg.createTask(() -> {
                    try (var p = sem.acquire()) {
                        System.out.println("worker " + k + " starts at " + at(t0));
                        sleep(0.1);
                    }
                });
            }
        });
        System.out.println("group done at " + at(t0));
    }

    record Outcome(List<String> lines, long nanos) {
    }

    static Outcome runWith(AsyncRunnable program, Clock clock) {
        long start = System.nanoTime();
        var c = Capture.of(() -> run(program, clock));
        return new Outcome(c.out, System.nanoTime() - start);
    }

    /**
     * The virtual clock prints what the real clock prints on an idle machine. A busy machine
     * only ever makes the real run late, never early, so the real run must show the same
     * events, each at the virtual time or later; the virtual run prints exactly what an idle
     * machine does ({@code idleMachinePrints}, worked out from the program's sleeps).
     */
    static void assertSameOnBothClocks(AsyncRunnable program, double realSeconds, String... idleMachinePrints) {
        runWith(program, Clock.virtual()); // warm up the code paths
        Outcome real = runWith(program, Clock.system());
        Outcome virtual = runWith(program, Clock.virtual());
        assertEquals(List.of(idleMachinePrints), virtual.lines());
        Map<String, Double> realTimes = eventTimes(real.lines());
        Map<String, Double> virtualTimes = eventTimes(virtual.lines());
        assertEquals(realTimes.keySet(), virtualTimes.keySet(), "the same events: " + real.lines() + " vs " + virtual.lines());
        virtualTimes.forEach((event, at) -> assertTrue(realTimes.get(event) >= at - 0.1 - 1e-9, // one step of the printed rounding
                event + " came at " + at + " on the virtual clock, earlier than it can on the real one: " + real.lines()));
        assertTrue(real.nanos() >= realSeconds * 1e9 * 0.95, "the real run really waited: " + real.nanos());
        assertTrue(virtual.nanos() < real.nanos() / 2, "the virtual run skipped the waiting: " + virtual.nanos() + " vs " + real.nanos());
    }

    private static final java.util.regex.Pattern TIMED = java.util.regex.Pattern.compile("(.*) (?:at|after) (\\d+\\.\\d)");

    /** "fast tick 1 at 0.2" as fast tick 1 -> 0.2; every line of these programs says when it happened. */
    private static Map<String, Double> eventTimes(List<String> lines) {
        Map<String, Double> times = new java.util.LinkedHashMap<>();
        for (String line : lines) {
            var m = TIMED.matcher(line);
            assertTrue(m.matches(), "a line that says when: " + line);
            assertNull(times.put(m.group(1), Double.parseDouble(m.group(2))), "one line per event: " + lines);
        }
        return times;
    }

    @Test
    void tickersPrintTheSameOnBothClocks() {
        assertSameOnBothClocks(VirtualClockTest::tickers, 0.75,
                "fast tick 0 at 0.1", "fast tick 1 at 0.2", "slow tick 0 at 0.3", "fast tick 2 at 0.3",
                "slow tick 1 at 0.5", "slow tick 2 at 0.8");
    }

    @Test
    void producerConsumerPrintsTheSameOnBothClocks() {
        assertSameOnBothClocks(VirtualClockTest::producerConsumer, 0.4,
                "produced 0 at 0.0", "produced 1 at 0.0", "produced 2 at 0.0", "consumed 0 at 0.1",
                "produced 3 at 0.1", "consumed 1 at 0.2", "consumed 2 at 0.3", "consumed 3 at 0.4");
    }

    @Test
    void gatherPrintsTheSameOnBothClocks() {
        assertSameOnBothClocks(VirtualClockTest::gatherStaggered, 0.3,
                "[a, b, c] after 0.3");
    }

    @Test
    void timeoutsPrintTheSameOnBothClocks() {
        assertSameOnBothClocks(VirtualClockTest::timeouts, 0.8,
                "timed out at 0.2", "scope expired at 0.3", "wait returned 1 pending at 0.4", "all done at 0.8");
    }

    @Test
    void limitedWorkersPrintTheSameOnBothClocks() {
        assertSameOnBothClocks(VirtualClockTest::limitedWorkers, 0.3,
                "worker 0 starts at 0.0", "worker 1 starts at 0.0", "worker 2 starts at 0.1",
                "worker 3 starts at 0.1", "worker 4 starts at 0.2", "group done at 0.3");
    }

    @Test
    void aLongSleepEndsAtOnceWithTheRightLoopTime() {
        long start = System.nanoTime();
        double took = run(() -> {
            double t0 = time();
            sleep(3600);
            return time() - t0;
        }, Clock.virtual());
        assertEquals(3600, took, 0.01);
        assertTrue(System.nanoTime() - start < 5e9);
    }

    @Test
    void theSettingMakesTheVirtualClockTheDefault() {
        String old = System.getProperty("loomlab.clock");
        System.setProperty("loomlab.clock", "virtual");
        try {
            assertTrue(Clock.defaultClock().isVirtual());
            assertEquals(Boolean.TRUE, run(() -> {
                sleep(100);
                return getRunningLoop().clock().isVirtual();
            }));
        } finally {
            if (old == null) System.clearProperty("loomlab.clock");
            else System.setProperty("loomlab.clock", old);
        }
    }
}
