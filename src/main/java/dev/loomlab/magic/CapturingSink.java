package dev.loomlab.magic;

import dev.loomlab.display.MimeBundle;
import dev.loomlab.display.OutputSink;

/** Keeps what code prints to stdout (for checks) instead of showing it; other output is dropped. */
final class CapturingSink implements OutputSink {
    private final StringBuilder stdout = new StringBuilder();

    @Override
    public synchronized void stream(String name, String text) {
        if ("stdout".equals(name)) stdout.append(text);
    }

    @Override
    public void display(MimeBundle bundle, String displayId, boolean update) {}

    @Override
    public void clearOutput(boolean wait) {}

    synchronized String stdout() {
        return stdout.toString();
    }
}
