package dev.loomlab.async;

import static dev.loomlab.async.Async.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class ExplorerTest {

    /** Two tasks append twice each, pausing {@code pause} seconds before each append (0: a plain yield between them). */
    private static Callable<String> twoAppenders(double pause, boolean pauseFirst) {
        return () -> {
            List<String> log = new ArrayList<>();
            var a = createTask(() -> appendTwice(log, "a", pause, pauseFirst));
            var b = createTask(() -> appendTwice(log, "b", pause, pauseFirst));
            gather(a, b).await();
            return String.join(" ", log);
        };
    }

    private static Object appendTwice(List<String> log, String who, double pause, boolean pauseFirst) {
        if (pauseFirst) sleep(pause);
        log.add(who + "1");
        sleep(pause);
        log.add(who + "2");
        return null;
    }

    private static Set<String> values(Exploration<?> e) {
        return new TreeSet<>(e.values());
    }

    @Test
    void aYieldBetweenAppendsAllowsExactlyTheFourInterleavingsWhereBothFirstAppendsComeFirst() {
        // Both tasks are ready together, so either may go first; a yield sends a task behind the
        // other one, which was ready already: "a1 a2 b1 b2" is impossible in asyncio.
        var e = explore(1000, twoAppenders(0, false));
        assertTrue(e.exhaustive());
        assertEquals(Set.of("a1 b1 a2 b2", "a1 b1 b2 a2", "b1 a1 a2 b2", "b1 a1 b2 a2"), values(e));
        assertEquals("a1 b1 a2 b2", e.asyncioOutcome().value());
        assertEquals(e.schedules(), e.outcomes().stream().mapToInt(Exploration.Found::count).sum());
    }

    @Test
    void equalSleepsEndTogetherSoTheSameFourInterleavingsAndNoMore() {
        var e = explore(1000, twoAppenders(0.1, true));
        assertTrue(e.exhaustive());
        assertEquals(Set.of("a1 b1 a2 b2", "a1 b1 b2 a2", "b1 a1 a2 b2", "b1 a1 b2 a2"), values(e));
    }

    @Test
    void withJitterOneTaskCanFinishBeforeTheOtherStartsSoAllSixInterleavingsAppear() {
        var e = explorer().jitter(0.5).explore(twoAppenders(0.1, true));
        assertTrue(e.exhaustive(), e.toString());
        assertEquals(Set.of("a1 a2 b1 b2", "a1 b1 a2 b2", "a1 b1 b2 a2", "b1 a1 a2 b2", "b1 a1 b2 a2", "b1 b2 a1 a2"),
                values(e));
    }

    @Test
    void anOrdinaryLoopKeepsAsyncioOrderWhateverWasExploredBefore() {
        explore(100, twoAppenders(0, false));
        assertEquals("a1 b1 a2 b2", run(twoAppenders(0, false), Clock.virtual()));
    }

    @Test
    void replayingTheSeedOfEachOutcomeGivesTheSameOutcomeAndTimeline() {
        for (var e : List.of(explorer().jitter(0.5).explore(twoAppenders(0.1, true)),
                explorer().exhaustiveUpTo(0).runs(40).seed(7).jitter(0.5).explore(twoAppenders(0.1, true)))) {
            assertTrue(e.distinctOutcomes() > 1);
            for (var found : e.outcomes()) {
                Schedule<String> again = e.replay(found.first().seed());
                assertEquals(found.outcome(), again.outcome());
                assertEquals(found.first().timeline().turns(), again.timeline().turns());
            }
        }
    }

    @Test
    void aRandomExplorationIsReproducibleFromItsSeed() {
        var first = explorer().exhaustiveUpTo(0).runs(30).seed(42).jitter(0.5).explore(twoAppenders(0.1, true));
        var second = explorer().exhaustiveUpTo(0).runs(30).seed(42).jitter(0.5).explore(twoAppenders(0.1, true));
        assertFalse(first.exhaustive());
        assertEquals(first.outcomes().stream().map(f -> f.outcome() + "×" + f.count() + "@" + f.first().seed()).toList(),
                second.outcomes().stream().map(f -> f.outcome() + "×" + f.count() + "@" + f.first().seed()).toList());
    }

    @Test
    void aLostUpdateNeedsAnAwaitBetweenReadAndWriteAndALockRemovesIt() {
        // The second worker starts 0.1 s later, just when the first one writes: whether the write
        // or the read comes first is the world's choice.
        Callable<Integer> racy = () -> {
            int[] count = {0};
            var a = createTask(() -> { int v = count[0]; sleep(0.1); count[0] = v + 1; return null; });
            var b = createTask(() -> { sleep(0.1); int v = count[0]; sleep(0.1); count[0] = v + 1; return null; });
            gather(a, b).await();
            return count[0];
        };
        var e = explore(1000, racy).expect("count == 2", v -> v == 2);
        assertTrue(e.exhaustive());
        assertEquals(Set.of("1", "2"), values(e));
        assertTrue(e.violations() > 0);
        assertTrue(e.outcomes().get(0).breaksExpectation(), "the broken outcome is listed first");
        assertTrue(e.toString().startsWith("Explored all"), e.toString());
        assertTrue(e.toString().contains("✘"), e.toString());

        Callable<Integer> locked = () -> {
            int[] count = {0};
            var lock = new AsyncLock();
            var a = createTask(() -> { lock.acquire(); try { int v = count[0]; sleep(0.1); count[0] = v + 1; } finally { lock.release(); } return null; });
            var b = createTask(() -> { sleep(0.1); lock.acquire(); try { int v = count[0]; sleep(0.1); count[0] = v + 1; } finally { lock.release(); } return null; });
            gather(a, b).await();
            return count[0];
        };
        var fixed = explore(1000, locked).expect(v -> v == 2);
        assertTrue(fixed.exhaustive());
        assertEquals(List.of("2"), fixed.values());
        assertEquals(0, fixed.violations());

        Callable<Integer> noAwaitInside = () -> {
            int[] count = {0};
            var a = createTask(() -> { sleep(0.1); count[0] = count[0] + 1; return null; });
            var b = createTask(() -> { sleep(0.1); count[0] = count[0] + 1; return null; });
            gather(a, b).await();
            return count[0];
        };
        assertEquals(List.of("2"), explorer().jitter(0.5).explore(noAwaitInside).values());
    }

    @Test
    void printedOutputAndExceptionsAreOutcomesToo() {
        var e = explore(100, () -> {
            var a = createTask(() -> { System.out.println("a"); return null; });
            var b = createTask(() -> { System.out.println("b"); if (true) throw new IllegalStateException("b lost"); return null; });
            gather(a, b).await();
        });
        assertEquals(2, e.distinctOutcomes(), e.toString());
        for (var f : e.outcomes()) {
            assertTrue(f.outcome().failed());
            assertEquals("IllegalStateException: b lost", f.outcome().failure());
        }
        assertEquals(Set.of("a\nb\n", "b\na\n"), new TreeSet<>(e.outcomes().stream().map(f -> f.outcome().printed()).toList()));
    }

    @Test
    void theHtmlShowsOneTimelinePerOutcome() {
        var e = explore(100, twoAppenders(0, false));
        String html = e.toHtml();
        assertEquals(4, html.split("<svg ", -1).length - 1);
        assertTrue(html.contains("asyncio&#39;s own order") || html.contains("asyncio's own order"));
    }

    @Test
    void aScheduleWhereEveryTaskWaitsForAnotherIsReportedAsADeadlock() {
        // Opposite lock order; at 0.1 s, a wanting its second lock and b starting are due together.
        Callable<String> opposite = () -> {
            var first = new AsyncLock();
            var second = new AsyncLock();
            var a = createTask(() -> { try (var x = first.acquire()) { sleep(0.1); try (var y = second.acquire()) { return "a"; } } });
            var b = createTask(() -> { sleep(0.1); try (var x = second.acquire()) { sleep(0); try (var y = first.acquire()) { return "b"; } } });
            return gather(a, b).await().toString();
        };
        var e = explore(1000, opposite);
        assertTrue(e.exhaustive());
        assertEquals(List.of("[a, b]"), e.values(), e.toString());
        assertEquals("[a, b]", e.asyncioOutcome().value());
        assertTrue(e.outcomes().stream().anyMatch(f -> f.outcome().failed() && f.outcome().failure().startsWith("deadlock")),
                e.toString());
        assertEquals("[a, b]", run(opposite, Clock.virtual()), "an ordinary loop keeps asyncio's order and finishes");
    }

    @Test
    void aBlockThatChangesFromRunToRunIsAClearError() {
        int[] runs = {0}; // state kept between runs: the second run starts one task more
        var e = assertThrows(RuntimeException.class, () -> explore(100, () -> {
            int n = 2 + runs[0]++ % 2;
            List<Task<Object>> tasks = new ArrayList<>();
            for (int i = 0; i < n; i++) tasks.add(createTask(() -> { sleep(0); return null; }));
            gather(tasks).await();
            return n;
        }));
        assertTrue(e.getMessage().contains("did not repeat itself"), e.getMessage());
    }
}
