package dev.loomlab.async;

import static dev.loomlab.async.Async.*;
import static dev.loomlab.async.Capture.print;
import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class AsyncLockTest {

    @Test
    void lockSerializesCriticalSectionsInArrivalOrder() {
        var c = Capture.of(() -> run(() -> {
            var lock = new AsyncLock();
            List<Task<Void>> ts = new ArrayList<>();
            for (String n : List.of("a", "b", "c")) {
                ts.add(createTask(() -> {
                    try (var held = lock.acquire()) {
                        print(n, "in");
                        sleep(0.1);
                        print(n, "out");
                    }
                }));
            }
            gather(ts).await();
            print("locked:", lock.locked());
        }, Clock.virtual()));
        assertEquals(List.of("a in", "a out", "b in", "b out", "c in", "c out", "locked: false"), c.out);
    }

    @Test
    void withoutTheLockTheSectionsInterleave() {
        var c = Capture.of(() -> run(() -> {
            List<Task<Void>> ts = new ArrayList<>();
            for (String n : List.of("a", "b")) {
                ts.add(createTask(() -> {
                    print(n, "in");
                    sleep(0.1);
                    print(n, "out");
                }));
            }
            gather(ts).await();
        }, Clock.virtual()));
        assertEquals(List.of("a in", "b in", "a out", "b out"), c.out);
    }

    @Test
    void cancellationWhileWaitingForTheLock() {
        var c = Capture.of(() -> run(() -> {
            var lock = new AsyncLock();
            lock.acquire();
            var waiter = createTask(() -> {
                try {
                    lock.acquire();
                    print("never");
                } catch (CancelledException e) {
                    print("cancelled while waiting for the lock");
                    throw e;
                }
            });
            var next = createTask(() -> {
                try (var h = lock.acquire()) {
                    print("next got the lock");
                }
            });
            sleep(0);
            lock.release();   // hands the lock to waiter...
            waiter.cancel();  // ...which is cancelled before it runs: next must get it
            gather(List.of(waiter, next), true).await();
            print("locked:", lock.locked());
        }, Clock.virtual()));
        assertEquals(List.of("cancelled while waiting for the lock", "next got the lock", "locked: false"), c.out);
    }

    @Test
    void releasingAnUnlockedLockFails() {
        run(() -> {
            var lock = new AsyncLock();
            assertThrows(IllegalStateException.class, lock::release);
        });
    }
}
