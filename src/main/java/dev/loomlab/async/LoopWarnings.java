package dev.loomlab.async;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Where one loop's warnings go, and the failed tasks and futures it must warn about if nobody
 * retrieves their exception ("Task exception was never retrieved"). A warning is a message,
 * with the stack trace of its exception under it, handed to the warning handler or printed to
 * {@code System.err}. Failures may be noted and counted from any thread; warnings are written
 * on the thread that asks for them, outside any lock, so a handler may touch the loop.
 */
final class LoopWarnings {
    /** Shared by every loop: the kernel that sets it serves them all. */
    private static volatile Function<Throwable, String> traceFormatter;
    /** Shared by every loop without a handler of its own; null prints to {@code System.err}. */
    private static volatile Consumer<String> defaultHandler;

    private Consumer<String> handler;
    /** Guarded by itself: failures are noted by whichever thread completes a future. */
    private final ArrayList<FailureWatch> failures = new ArrayList<>();

    static void setTraceFormatter(Function<Throwable, String> formatter) {
        traceFormatter = formatter;
    }

    static void setDefaultHandler(Consumer<String> handler) {
        defaultHandler = handler;
    }

    void setHandler(Consumer<String> handler) {
        this.handler = handler;
    }

    void warn(String message, Throwable t) {
        String text = message;
        if (t != null) {
            Function<Throwable, String> formatter = traceFormatter;
            String trace;
            if (formatter != null) {
                trace = formatter.apply(t);
            } else {
                StringWriter sw = new StringWriter();
                t.printStackTrace(new PrintWriter(sw));
                trace = sw.toString();
            }
            text = message + System.lineSeparator() + trace.stripTrailing();
        }
        Consumer<String> h = handler != null ? handler : defaultHandler;
        if (h != null) {
            h.accept(text);
        } else {
            System.err.println(text);
            System.err.flush();
        }
    }

    @SuppressWarnings("removal")
    void noteFailure(AsyncFuture<?> f) {
        // a task whose thread was stopped from outside (a kernel's stop button, a debugger)
        // failed in no one's code: whoever stopped it knows, so it is not "never retrieved"
        if (f.failure instanceof ThreadDeath) return;
        FailureWatch w = new FailureWatch(f, f.failure);
        f.failureWatch = w;
        synchronized (failures) {
            failures.add(w);
            if (failures.size() > 4096) failures.removeIf(x -> !x.due());
        }
    }

    /** See {@link EventLoop#unretrievedFailures()}. */
    int unretrievedFailures() {
        synchronized (failures) {
            int n = 0;
            for (FailureWatch w : failures) if (w.due()) n++;
            return n;
        }
    }

    /** See {@link EventLoop#reportCollectedFailures()}. */
    int reportCollectedFailures() {
        return report(takeDue(true));
    }

    /** Warns about every failure still unretrieved, collected or not: the loop is closing. */
    void reportUnretrieved() {
        report(takeDue(false));
    }

    /** Marks the due failures reported and forgets them, under the lock; warning is left to the caller. */
    private List<FailureWatch> takeDue(boolean collectedOnly) {
        List<FailureWatch> due = new ArrayList<>();
        synchronized (failures) {
            for (FailureWatch w : failures) {
                if (w.due() && (!collectedOnly || w.collected())) {
                    w.reported = true;
                    due.add(w);
                }
            }
            // those still referenced are kept for a later report, unless the loop is closing
            if (collectedOnly) failures.removeIf(x -> !x.due());
            else failures.clear();
        }
        return due;
    }

    private int report(List<FailureWatch> due) {
        for (FailureWatch w : due) warn(w.warning(), w.failure);
        return due.size();
    }
}
