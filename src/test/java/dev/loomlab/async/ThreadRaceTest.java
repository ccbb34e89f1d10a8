package dev.loomlab.async;

import static org.junit.jupiter.api.Assertions.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class ThreadRaceTest {

    /** count++ spelled out: a read, a point where the thread can be switched, a write. */
    private static void increment(int[] c) {
        int v = c[0];
        ThreadRace.step();
        c[0] = v + 1;
    }

    @Test
    void interleavingFindsTheLostUpdateOfAReadThenWrite() {
        var e = ThreadRace.of(() -> new int[1]).actor(ThreadRaceTest::increment).actor(ThreadRaceTest::increment)
                .result(c -> c[0]).interleave();
        assertTrue(e.exhaustive());
        assertEquals(Set.of("1", "2"), new TreeSet<>(e.values()));
        // 2 actors with 2 segments each: C(4,2) = 6 orders, 4 of which lose an update
        assertEquals(6, e.runs());
        var checked = e.expect("count == 2", "2"::equals);
        assertEquals(4, checked.violations());
        assertEquals("1", checked.outcomes().get(0).outcome());
    }

    @Test
    void aReplayedSeedTakesTheSameStepsToTheSameOutcome() {
        var e = ThreadRace.of(() -> new int[1]).actors(3, ThreadRaceTest::increment).result(c -> c[0]).interleave();
        assertEquals(Set.of("1", "2", "3"), new TreeSet<>(e.values()));
        for (var f : e.outcomes()) {
            var again = e.replay(f.seed());
            assertEquals(f.outcome(), again.outcome());
            assertEquals(f.steps(), again.steps());
        }
    }

    @Test
    void atomicIntegerNeverLosesAnUpdateInAnyInterleavingNorUnderStress() {
        var interleaved = ThreadRace.of(AtomicInteger::new)
                .actor(c -> { c.incrementAndGet(); ThreadRace.step(); c.incrementAndGet(); })
                .actor(c -> { c.incrementAndGet(); ThreadRace.step(); c.incrementAndGet(); })
                .result(AtomicInteger::get).interleave();
        assertEquals(List.of("4"), interleaved.values());
        // Guaranteed by the Java memory model whatever the machine does: a sound assertion for a stress test.
        for (var race : List.of(ThreadRace.of(AtomicInteger::new), ThreadRace.of(AtomicInteger::new).virtualThreads())) {
            var stressed = race.actors(2, c -> { for (int i = 0; i < 10_000; i++) c.incrementAndGet(); })
                    .result(AtomicInteger::get).stress(200);
            assertEquals(List.of("20000"), stressed.values());
            assertFalse(stressed.replayable());
            assertTrue(stressed.toString().contains("cannot be replayed"), stressed.toString());
            assertThrows(UnsupportedOperationException.class, () -> stressed.replay(1));
        }
    }

    @Test
    void synchronizedCountingNeverLosesUnderStress() {
        var e = ThreadRace.of(() -> new int[1])
                .actors(2, c -> { for (int i = 0; i < 10_000; i++) synchronized (c) { c[0]++; } })
                .result(c -> c[0]).stress(200);
        assertEquals(List.of("20000"), e.values());
    }

    @Test
    void checkThenActOnAMapCreatesTwiceInSomeInterleavings() {
        var e = ThreadRace.of(() -> new HashMap<String, Integer>())
                .actor(m -> { if (!m.containsKey("k")) { ThreadRace.step(); m.merge("created", 1, Integer::sum); m.put("k", 1); } })
                .actor(m -> { if (!m.containsKey("k")) { ThreadRace.step(); m.merge("created", 1, Integer::sum); m.put("k", 2); } })
                .result(m -> m.get("created")).interleave();
        assertEquals(Set.of("1", "2"), new TreeSet<>(e.values()));
        var fixed = ThreadRace.of(() -> new java.util.concurrent.ConcurrentHashMap<String, Integer>())
                .actor(m -> m.computeIfAbsent("k", k -> { m.merge("created", 1, Integer::sum); return 1; }))
                .actor(m -> { ThreadRace.step(); m.computeIfAbsent("k", k -> { m.merge("created", 1, Integer::sum); return 2; }); })
                .result(m -> m.get("created")).interleave();
        assertEquals(List.of("1"), fixed.values());
    }

    @Test
    void blockingInsideAnInterleavingIsAClearError() {
        var lock = new Object();
        var race = ThreadRace.of(() -> new int[1])
                .actors(2, c -> { synchronized (lock) { int v = c[0]; ThreadRace.step(); c[0] = v + 1; } });
        var e = assertThrows(IllegalStateException.class, () -> race.interleave());
        assertTrue(e.getMessage().contains("Use stress()"), e.getMessage());
    }

    @Test
    void aStressCountsEveryRun() {
        Map<String, Integer> seen = new HashMap<>();
        var e = ThreadRace.of(() -> new int[1]).actors(2, c -> c[0]++).result(c -> c[0]).stress(100);
        e.outcomes().forEach(f -> seen.put(f.outcome(), f.count()));
        assertEquals(100, seen.values().stream().mapToInt(Integer::intValue).sum());
        assertTrue(Set.of("1", "2").containsAll(seen.keySet()), seen.toString());
    }
}
