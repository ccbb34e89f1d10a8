package dev.loomlab.async;

/**
 * A task body with no result. Unlike {@link Runnable} it may throw checked exceptions, so
 * {@code run(() -> { Thread.sleep(300); })} compiles; pass an existing Runnable as {@code r::run}.
 */
@FunctionalInterface
public interface AsyncRunnable {
    void run() throws Exception;
}
