package dev.loomlab.eval.io;

import dev.loomlab.display.MimeBundle;
import dev.loomlab.display.OutputSink;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Output produced while no cell runs (a background thread still printing after its cell
 * ended). Kept in order and handed to the next cell when it starts, so it is not lost. Bounded
 * so a thread printing forever between cells cannot exhaust memory; what is dropped is said.
 */
final class HeldOutput implements OutputSink {

    static final int MAX_HELD_CHARS = 1 << 20;

    private final List<Consumer<OutputSink>> calls = new ArrayList<>();
    private long heldChars;
    private long droppedChars;

    @Override
    public synchronized void stream(String name, String text) {
        if (heldChars + text.length() > MAX_HELD_CHARS) {
            droppedChars += text.length();
            return;
        }
        heldChars += text.length();
        calls.add(sink -> sink.stream(name, text));
    }

    @Override
    public synchronized void display(MimeBundle bundle, String displayId, boolean update) {
        calls.add(sink -> sink.display(bundle, displayId, update));
    }

    @Override
    public synchronized void clearOutput(boolean wait) {
        calls.add(sink -> sink.clearOutput(wait));
    }

    /** Replays everything held into {@code sink} and forgets it. */
    void deliverTo(OutputSink sink) {
        List<Consumer<OutputSink>> taken;
        long dropped;
        synchronized (this) {
            taken = new ArrayList<>(calls);
            dropped = droppedChars;
            calls.clear();
            heldChars = 0;
            droppedChars = 0;
        }
        taken.forEach(call -> call.accept(sink));
        if (dropped > 0) {
            sink.stream("stderr", "[" + dropped + " characters of output written between cells were dropped"
                    + " to save memory]\n");
        }
    }
}
