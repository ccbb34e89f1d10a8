package dev.loomlab.kernel;

import dev.loomlab.display.MimeBundle;
import dev.loomlab.display.OutputSink;
import dev.loomlab.wire.Json;

/**
 * A cell's output as iopub messages whose parent is the cell's execute_request. Silent
 * executions publish nothing, as the protocol asks.
 */
final class KernelSink implements OutputSink {
    private final Replies replies;
    private final boolean silent;

    KernelSink(Replies replies, boolean silent) {
        this.replies = replies;
        this.silent = silent;
    }

    @Override
    public void stream(String name, String text) {
        if (silent || text.isEmpty()) return;
        replies.publish("stream", Json.obj("name", name, "text", text));
    }

    @Override
    public void display(MimeBundle bundle, String displayId, boolean update) {
        if (silent) return;
        replies.publish(update ? "update_display_data" : "display_data", Json.obj(
                "data", bundle.data(),
                "metadata", bundle.metadata(),
                "transient", transientOf(displayId)));
    }

    @Override
    public void clearOutput(boolean wait) {
        if (silent) return;
        replies.publish("clear_output", Json.obj("wait", wait));
    }
}
