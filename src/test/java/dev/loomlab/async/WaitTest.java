package dev.loomlab.async;

import static dev.loomlab.async.Async.*;
import static dev.loomlab.async.Capture.print;
import static org.junit.jupiter.api.Assertions.*;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.TypeVariable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class WaitTest {

    static Task<Integer> job(int n) {
        return createTask("job" + n, () -> {
            sleep(n / 100.0);
            return n;
        });
    }

    static List<String> names(Collection<? extends Task<?>> ts) {
        List<String> out = new ArrayList<>();
        for (Task<?> t : ts) out.add(t.getName());
        return out;
    }

    @Test
    void firstCompletedReturnsSetsAndLeavesPendingRunning() {
        var c = Capture.of(() -> run(() -> {
            var ts = List.of(job(3), job(1), job(2));
            var r = Async.wait(ts, FIRST_COMPLETED);
            List<Boolean> cancelled = new ArrayList<>();
            for (var t : r.pending()) cancelled.add(t.cancelled());
            print("done", new TreeSet<>(names(r.done())), "pending", new TreeSet<>(names(r.pending())), "pending cancelled?", cancelled);
            for (var t : r.pending()) t.cancel();
        }, Clock.virtual()));
        assertEquals(List.of("done [job1] pending [job2, job3] pending cancelled? [false, false]"), c.out);
    }

    @Test
    void waitNeverRaisesAndFirstExceptionReturnsAtTheFirstFailure() {
        var c = Capture.of(() -> run(() -> {
            var bad = createTask("bad", () -> {
                sleep(0.01);
                throw new IllegalArgumentException("boom");
            });
            var slow = createTask("slow", () -> {
                sleep(0.1);
                return "slow";
            });
            var r = waitTasks(List.of(bad, slow), FIRST_EXCEPTION);
            print("done", names(r.done()), "exception:", r.done().iterator().next().exception(), "pending", names(r.pending()));
            waitTasks(r.pending());
        }, Clock.virtual()));
        assertEquals(List.of("done [bad] exception: java.lang.IllegalArgumentException: boom pending [slow]"), c.out);
        assertEquals("", c.err, "FIRST_EXCEPTION read the exception: not reported as never retrieved");
    }

    @Test
    void timeoutReturnsWithoutCancelling() {
        var c = Capture.of(() -> run(() -> {
            var t = createTask(() -> {
                sleep(0.1);
                return "slow";
            });
            var r = Async.wait(List.of(t), Duration.ofMillis(10));
            print("done", r.done().size(), "pending", r.pending().size(), "cancelled", t.cancelled());
            print("later result:", t.await());
        }, Clock.virtual()));
        assertEquals(List.of("done 0 pending 1 cancelled false", "later result: slow"), c.out);
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void waitAcceptsOnlyFuturesNotBareCallables() throws Exception {
        // The signature is the Java twin of "Passing coroutines is forbidden": every wait/waitTasks
        // overload takes a Collection<F> with F extends AsyncFuture, so callables do not compile.
        for (Method m : Async.class.getMethods()) {
            if (!m.getName().equals("wait") && !m.getName().equals("waitTasks")) continue;
            if (m.getDeclaringClass() != Async.class) continue;
            var p = (ParameterizedType) m.getGenericParameterTypes()[0];
            assertEquals(Collection.class, p.getRawType());
            var f = (TypeVariable<?>) p.getActualTypeArguments()[0];
            assertEquals(AsyncFuture.class, ((ParameterizedType) f.getBounds()[0]).getRawType(), m.toString());
        }
        // And at run time, a raw collection smuggling a callable in is refused with asyncio's words.
        var c = Capture.of(() -> run(() -> {
            List raw = new ArrayList();
            raw.add((java.util.concurrent.Callable<Integer>) () -> 1);
            try {
                Async.wait(raw);
            } catch (IllegalArgumentException e) {
                print(e.getMessage().substring(0, e.getMessage().indexOf(" (")));
            }
            try {
                Async.wait(List.of());
            } catch (IllegalArgumentException e) {
                print(e.getMessage());
            }
        }, Clock.virtual()));
        assertEquals(List.of("Passing callables is forbidden, use tasks explicitly", "Set of Tasks/Futures is empty."), c.out);
    }

    @Test
    void allCompletedWaitsForEverything() {
        run(() -> {
            var ts = List.of(job(3), job(1), job(2));
            double t0 = time();
            var r = waitTasks(ts);
            assertEquals(3, r.done().size());
            assertTrue(r.pending().isEmpty());
            assertEquals(0.03, time() - t0, 0.005);
        }, Clock.virtual());
    }

    @Test
    void asCompletedYieldsInCompletionOrder() {
        var c = Capture.of(() -> run(() -> {
            for (var f : asCompleted(List.of(job(3), job(1), job(2)))) print("got", f.await());
        }, Clock.virtual()));
        assertEquals(List.of("got 1", "got 2", "got 3"), c.out);
    }

    @Test
    void asCompletedWithATimeoutFailsTheRest() {
        var c = Capture.of(() -> run(() -> {
            var ts = List.of(job(30), job(1));
            for (var f : asCompleted(ts, Duration.ofMillis(100))) {
                try {
                    print("got", f.await());
                } catch (AsyncTimeoutException e) {
                    print("timed out");
                }
            }
            for (var t : ts) t.cancel();
        }, Clock.virtual()));
        assertEquals(List.of("got 1", "timed out"), c.out);
    }

    @Test
    void cancellingTheWaiterDoesNotCancelTheWaitedTasks() {
        run(() -> {
            var t = job(50);
            var w = createTask(() -> Async.wait(List.of(t)));
            sleep(0.01);
            w.cancel();
            assertThrows(CancelledException.class, w::await);
            assertFalse(t.done());
            assertEquals(50, t.await());
        }, Clock.virtual());
    }
}
