package dev.loomlab.async;

import static dev.loomlab.async.Async.*;
import static dev.loomlab.async.Capture.print;
import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class AsyncQueueTest {

    @Test
    void producerConsumerWithJoinAndTaskDone() {
        var c = Capture.of(() -> run(() -> {
            var q = new AsyncQueue<Integer>(2);
            var consumer = createTask("consumer", () -> {
                while (true) {
                    int item = q.get();
                    sleep(0.1);
                    print("consumed", item, "at", Math.round(time() * 10) / 10.0);
                    q.taskDone();
                }
            });
            for (int i = 1; i <= 4; i++) {
                q.put(i);
                print("put", i, "at", Math.round(time() * 10) / 10.0);
            }
            q.join();
            print("all processed");
            consumer.cancel();
        }, Clock.virtual()));
        assertEquals(List.of("put 1 at 0.0", "put 2 at 0.0", "put 3 at 0.0", "consumed 1 at 0.1", "put 4 at 0.1",
                "consumed 2 at 0.2", "consumed 3 at 0.3", "consumed 4 at 0.4", "all processed"), c.out);
    }

    @Test
    void nowaitVariantsNeverWait() {
        run(() -> {
            var q = new AsyncQueue<String>(1);
            assertThrows(QueueEmptyException.class, q::getNowait);
            q.putNowait("a");
            assertTrue(q.full());
            assertThrows(QueueFullException.class, () -> q.putNowait("b"));
            assertEquals("a", q.getNowait());
            assertThrows(IllegalStateException.class, () -> {
                q.taskDone();
                q.taskDone();
            });
        });
    }

    @Test
    void cancellationDuringGetTakesNothingAndTheNextGetterIsServed() {
        var c = Capture.of(() -> run(() -> {
            var q = new AsyncQueue<String>();
            var g1 = createTask("g1", () -> {
                try {
                    return q.get();
                } catch (CancelledException e) {
                    print("g1 cancelled in get");
                    throw e;
                }
            });
            var g2 = createTask("g2", q::get);
            sleep(0);
            q.putNowait("item");
            g1.cancel(); // woken and cancelled in the same turn: the item must go to g2
            print("g2 got", g2.await(), "; g1 cancelled:", g1.cancelled(), "; left:", q.qsize());
        }, Clock.virtual()));
        assertEquals(List.of("g1 cancelled in get", "g2 got item ; g1 cancelled: true ; left: 0"), c.out);
    }

    @Test
    void cancellationDuringPutPutsNothing() {
        run(() -> {
            var q = new AsyncQueue<String>(1);
            q.put("first");
            var p = createTask(() -> q.put("second"));
            sleep(0);
            p.cancel();
            assertThrows(CancelledException.class, p::await);
            assertEquals(1, q.qsize());
            assertEquals("first", q.get());
            assertTrue(q.empty());
        });
    }

    @Test
    void waitingGettersAreServedFirstComeFirstServed() {
        var c = Capture.of(() -> run(() -> {
            var q = new AsyncQueue<Integer>();
            List<Task<Void>> ts = new ArrayList<>();
            for (String n : List.of("a", "b", "c")) ts.add(createTask(() -> print(n, "got", q.get())));
            sleep(0);
            for (int i = 1; i <= 3; i++) q.putNowait(i);
            gather(ts).await();
        }));
        assertEquals(List.of("a got 1", "b got 2", "c got 3"), c.out);
    }
}
