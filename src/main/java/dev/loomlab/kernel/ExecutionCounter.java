package dev.loomlab.kernel;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The In[n] number. It advances only for executions that store history (and silent ones
 * never do); others report the number the last stored execution got.
 */
public final class ExecutionCounter {
    private final AtomicInteger last = new AtomicInteger();

    /** The count for an execution: the next number when it stores history, else the current one. */
    public int forExecution(boolean storeHistory) {
        return storeHistory ? last.incrementAndGet() : last.get();
    }

    public int current() {
        return last.get();
    }
}
