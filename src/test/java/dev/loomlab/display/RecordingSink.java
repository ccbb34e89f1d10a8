package dev.loomlab.display;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** An OutputSink that keeps every call, in order, with the time it arrived. */
public final class RecordingSink implements OutputSink {

    public sealed interface Event permits Stream, Shown, Cleared {}

    public record Stream(String name, String text, long atNanos) implements Event {}

    public record Shown(MimeBundle bundle, String displayId, boolean update) implements Event {}

    public record Cleared(boolean waitForNext) implements Event {}

    private final List<Event> events = new ArrayList<>();

    @Override
    public synchronized void stream(String name, String text) {
        events.add(new Stream(name, text, System.nanoTime()));
    }

    @Override
    public synchronized void display(MimeBundle bundle, String displayId, boolean update) {
        events.add(new Shown(bundle, displayId, update));
    }

    @Override
    public synchronized void clearOutput(boolean wait) {
        events.add(new Cleared(wait));
    }

    public synchronized List<Event> events() {
        return List.copyOf(events);
    }

    /** All text of one stream ("stdout" or "stderr"), joined. */
    public synchronized String text(String stream) {
        return events.stream()
                .filter(e -> e instanceof Stream s && s.name().equals(stream))
                .map(e -> ((Stream) e).text())
                .collect(Collectors.joining());
    }

    public String stdout() {
        return text("stdout");
    }

    public String stderr() {
        return text("stderr");
    }

    public synchronized List<Shown> displays() {
        return events.stream().filter(Shown.class::isInstance).map(Shown.class::cast).toList();
    }
}
