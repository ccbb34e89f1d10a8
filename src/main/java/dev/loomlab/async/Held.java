package dev.loomlab.async;

/**
 * What {@link AsyncLock#acquire()} and {@link AsyncSemaphore#acquire()} return: closing it
 * releases once, so {@code try (var held = lock.acquire()) { ... }} is the twin of
 * {@code async with lock:}. Closing it a second time does nothing.
 */
public final class Held implements AutoCloseable {
    private final Runnable release;
    private boolean released;

    Held(Runnable release) {
        this.release = release;
    }

    @Override
    public void close() {
        if (released) return;
        released = true;
        release.run();
    }
}
