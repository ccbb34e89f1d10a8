package dev.loomlab.async;

import static dev.loomlab.async.Async.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Classic asyncio tutorial examples rewritten in Java: each must print exactly the lines
 * CPython 3.11 printed for the Python original (recorded below, run by hand with python3).
 * Sleeps of seconds run under the virtual clock.
 */
@Timeout(60)
class TutorialExamplesTest {

    /** Python's ValueError, so that printed results read the same. */
    static final class ValueError extends RuntimeException {
        ValueError(String m) {
            super(m);
        }
    }

    /** Python's repr() of what these examples print: strings quoted, lists, ValueError('...'). */
    static String py(Object o) {
        if (o instanceof String s) return "'" + s + "'";
        if (o instanceof ValueError e) return "ValueError('" + e.getMessage() + "')";
        if (o instanceof List<?> l) {
            List<String> parts = new ArrayList<>();
            for (Object x : l) parts.add(py(x));
            return "[" + String.join(", ", parts) + "]";
        }
        return String.valueOf(o);
    }

    @Test
    void createTaskStartsWhenTheLoopGetsToIt() {
        var c = Capture.of(() -> run(() -> {
            AsyncRunnable task = () -> {
                System.out.println("Task started");
                sleep(2);
                System.out.println("Task finished");
            };
            System.out.println("Main started");
            createTask(task);
            System.out.println("Main continues running");
            sleep(3);
            System.out.println("Main finished");
        }, Clock.virtual()));
        assertEquals(List.of("Main started", "Main continues running", "Task started", "Task finished", "Main finished"), c.out);
    }

    static Callable<String> task(int n) {
        return () -> {
            sleep(n);
            return "Task " + n + " done";
        };
    }

    @Test
    void gatherKeepsArgumentOrder() {
        var c = Capture.of(() -> run(() -> {
            var results = gather(task(2), task(1), task(3)).await();
            System.out.println(py(results));
        }, Clock.virtual()));
        assertEquals(List.of("['Task 2 done', 'Task 1 done', 'Task 3 done']"), c.out);
    }

    @Test
    void returnExceptionsPutsTheErrorInTheList() {
        var c = Capture.of(() -> run(() -> {
            List<Callable<String>> tasks = new ArrayList<>();
            for (int n : new int[] {1, 2, 3}) {
                tasks.add(() -> {
                    if (n == 2) throw new ValueError("Something went wrong!");
                    sleep(n);
                    return "Task " + n + " done";
                });
            }
            var results = gather(tasks, true).await();
            System.out.println(py(results));
        }, Clock.virtual()));
        assertEquals(List.of("['Task 1 done', ValueError('Something went wrong!'), 'Task 3 done']"), c.out);
    }

    @Test
    void gatherInALoop() {
        var c = Capture.of(() -> run(() -> {
            List<Callable<Void>> tasks = new ArrayList<>();
            for (int i = 1; i < 11; i++) {
                int position = i;
                tasks.add(() -> {
                    System.out.println(position + " run...");
                    return null;
                });
            }
            gather(tasks, false).await();
        }));
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 10; i++) expected.add(i + " run...");
        assertEquals(expected, c.out);
    }

    @Test
    void tasksRunWhileMainSleeps() {
        var c = Capture.of(() -> run(() -> {
            var taskF = createTask(() -> {
                System.out.println("f starts");
                sleep(0.05);
                System.out.println("f ends");
                return "F";
            });
            var taskG = createTask(() -> {
                System.out.println("g starts");
                sleep(0.02);
                System.out.println("g ends");
                return "G";
            });
            sleep(0.1); // f and g are already running
            var resultF = taskF.await();
            var resultG = taskG.await();
            System.out.println(resultF + " " + resultG);
        }, Clock.virtual()));
        assertEquals(List.of("f starts", "g starts", "g ends", "f ends", "F G"), c.out);
    }

    @Test
    void gatherRaisesTheFailure() {
        var random = new Random();
        var c = Capture.of(() -> run(() -> {
            List<Task<Integer>> tasks = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                int k = i;
                tasks.add(createTask(() -> {
                    sleep(random.nextDouble());
                    if (k == 2) throw new ValueError("boom");
                    return k;
                }));
            }
            try {
                gather(tasks).await();
            } catch (Exception e) {
                System.out.println("caught " + e.getMessage());
            }
        }, Clock.virtual()));
        assertEquals(List.of("caught boom"), c.out);
    }

    @Test
    void runInExecutorForBlockingCode() {
        var c = Capture.of(() -> run(() -> {
            Callable<String> blocking = () -> {
                Thread.sleep(1000);
                return "done";
            };
            System.out.println(runInExecutor(null, blocking).await());
        }));
        assertEquals(List.of("done"), c.out);
    }
}
