package dev.loomlab.async;

import java.util.Collections;
import java.util.List;

/**
 * The failures of a {@link TaskGroup}'s children (and of its body, with
 * {@link Async#taskGroup(TaskGroup.Body)}): the twin of Python's {@code ExceptionGroup}
 * ("unhandled errors in a TaskGroup"). {@link #getExceptions()} lists every failure, in the
 * order they happened; each is also attached as a suppressed exception, so a stack trace shows
 * them all.
 */
public class TaskGroupException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final List<Throwable> exceptions;

    TaskGroupException(List<Throwable> exceptions) {
        super(null, null, true, true);
        this.exceptions = exceptions;
    }

    /** Every failure, in the order they happened. */
    public List<Throwable> getExceptions() {
        return Collections.unmodifiableList(exceptions);
    }

    @Override
    public String getMessage() {
        int n = exceptions.size();
        return "unhandled errors in a TaskGroup (" + n + " sub-exception" + (n == 1 ? "" : "s") + "): " + exceptions;
    }

    void attachSuppressed() {
        for (Throwable t : exceptions) {
            if (t != this) addSuppressed(t);
        }
    }
}
