package dev.loomlab.eval;

import dev.loomlab.display.RecordingSink;
import dev.loomlab.display.RecordingSink.Shown;
import dev.loomlab.display.RecordingSink.Stream;
import dev.loomlab.eval.io.Console;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutputRoutingTest extends EngineFixture {

    @Test
    void stdoutStderrAndDisplaysArriveInTheOrderTheyWereMade() {
        RecordingSink sink = new RecordingSink();
        run("""
                System.out.println("one");
                System.err.println("two");
                display(html("<b>three</b>"));
                System.out.println("four");
                """, sink);
        List<RecordingSink.Event> events = sink.events();
        assertEquals(4, events.size(), events.toString());
        assertEquals("one\n", ((Stream) events.get(0)).text());
        assertEquals("stderr", ((Stream) events.get(1)).name());
        assertEquals("<b>three</b>", assertInstanceOf(Shown.class, events.get(2)).bundle().data().get("text/html"));
        assertEquals("four\n", ((Stream) events.get(3)).text());
    }

    @Test
    void outputArrivesWhileTheCellIsStillRunning() {
        RecordingSink sink = new RecordingSink();
        run("System.out.println(\"before the nap\");\nThread.sleep(600);\nSystem.out.println(\"after\");", sink);
        long cellEnded = System.nanoTime();
        Stream first = (Stream) sink.events().get(0);
        assertEquals("before the nap\n", first.text());
        long earlyByMillis = (cellEnded - first.atNanos()) / 1_000_000;
        assertTrue(earlyByMillis >= 400, "first line came only " + earlyByMillis + " ms before the cell ended");
        assertEquals("before the nap\nafter\n", sink.stdout());
    }

    @Test
    void outputOfAThreadTheCellStartedGoesToThatCell() {
        RecordingSink sink = new RecordingSink();
        run("""
                var pool = Executors.newFixedThreadPool(2);
                var done = pool.submit(() -> System.out.println("from the pool"));
                done.get();
                Thread t = Thread.ofVirtual().start(() -> System.out.println("from a virtual thread"));
                t.join();
                pool.shutdown();
                """, sink);
        assertEquals("from the pool\nfrom a virtual thread\n", sink.stdout());
    }

    @Test
    void outputAfterTheCellEndedGoesToTheNextCellNotNowhereSayingWhereItCameFrom() throws Exception {
        RecordingSink first = new RecordingSink();
        run("new Thread(() -> { try { Thread.sleep(300); } catch (InterruptedException e) {} System.out.println(\"late\"); }, \"courier\").start();", first);
        assertEquals("", first.stdout());
        awaitEndOfThreadNamed("courier"); // it printed while no cell ran
        RecordingSink next = new RecordingSink();
        run("System.out.println(\"next\");", next);
        assertTrue(next.stdout().matches("\\[from cell \\d+, courier\\] late\nnext\n"), next.stdout());
    }

    /** Cells run in this JVM, so the test can wait for a thread a cell started. */
    private static void awaitEndOfThreadNamed(String name) throws InterruptedException {
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().equals(name)) thread.join();
        }
    }

    @Test
    void aCharacterSplitBetweenTwoWritesIsNotGarbled() {
        RecordingSink sink = new RecordingSink();
        run("""
                byte[] bytes = "héllo ☕".getBytes(java.nio.charset.StandardCharsets.UTF_8);
                for (byte b : bytes) { System.out.write(b); System.out.flush(); Thread.sleep(3); }
                System.out.println();
                """, sink);
        assertEquals("héllo ☕\n", sink.stdout());
    }

    @Test
    void theKernelKeepsTheOriginalStderrForItsOwnLogging() {
        assertNotSame(System.err, Console.originalErr());
    }
}
