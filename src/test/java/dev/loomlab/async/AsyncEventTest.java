package dev.loomlab.async;

import static dev.loomlab.async.Async.*;
import static dev.loomlab.async.Capture.print;
import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class AsyncEventTest {

    @Test
    void setWakesEveryWaiterInOrder() {
        var c = Capture.of(() -> run(() -> {
            var ev = new AsyncEvent();
            List<Task<Void>> ts = new ArrayList<>();
            for (String n : List.of("a", "b", "c")) ts.add(createTask(() -> {
                ev.await();
                print(n, "woke at", Math.round(time() * 10) / 10.0);
            }));
            sleep(0.5);
            print("setting");
            ev.set();
            gather(ts).await();
            ev.await(); // set: returns at once
            ev.clear();
            print("set?", ev.isSet());
        }, Clock.virtual()));
        assertEquals(List.of("setting", "a woke at 0.5", "b woke at 0.5", "c woke at 0.5", "set? false"), c.out);
    }

    @Test
    void cancellationWhileWaitingOnTheEvent() {
        run(() -> {
            var ev = new AsyncEvent();
            var w = createTask(ev::await);
            sleep(0);
            assertEquals(1, ev.waiting());
            w.cancel();
            assertThrows(CancelledException.class, w::await);
            assertEquals(0, ev.waiting(), "a cancelled waiter leaves the event");
            assertFalse(ev.isSet());
        }, Clock.virtual());
    }

    @Test
    void anEventIsBoundToOneLoop() {
        var ev = new AsyncEvent();
        run(() -> {
            var first = createTask(ev::await); // binds the event to this run's loop
            sleep(0);
            first.cancel();
        });
        var x = assertThrows(IllegalStateException.class, () -> run(ev::await));
        assertEquals("AsyncEvent is bound to a different event loop", x.getMessage());
    }
}
