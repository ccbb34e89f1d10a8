package dev.loomlab.magic;

import dev.loomlab.eval.ForwardingInterpreter;
import dev.loomlab.eval.Interpreter;
import dev.loomlab.eval.RunningCell;
import java.util.ArrayList;
import java.util.List;

/**
 * The engine with magics in front: a cell starting with {@code %%name} goes to that cell
 * magic; a line starting with {@code %name} runs that line magic in its place among the
 * Java lines, which run in order around it. Java chunks keep their line numbers (the other
 * lines are blanked, not removed), so errors still point at the right cell line.
 */
public final class MagicInterpreter extends ForwardingInterpreter {
    private final MagicRegistry registry;

    public MagicInterpreter(Interpreter engine, MagicRegistry registry) {
        super(engine);
        this.registry = registry;
    }

    public MagicRegistry registry() {
        return registry;
    }

    @Override
    public Outcome execute(RunningCell cell) {
        return executeIn(new MagicContext(engine, cell), cell.code());
    }

    private Outcome executeIn(MagicContext context, String code) {
        String stripped = code.stripLeading();
        if (stripped.startsWith("%%")) {
            int newline = stripped.indexOf('\n');
            String header = newline < 0 ? stripped.substring(2) : stripped.substring(2, newline);
            String body = newline < 0 ? "" : stripped.substring(newline + 1);
            return runMagic(true, header, body, context);
        }
        Outcome last = new Outcome.Success(null);
        for (Segment segment : segments(code)) {
            last = segment.magicLine() != null
                    ? runMagic(false, segment.magicLine(), "", context)
                    : context.run(segment.java());
            if (last instanceof Outcome.Failure) return last;
        }
        return last;
    }

    private Outcome runMagic(boolean cell, String header, String body, MagicContext context) {
        String trimmed = header.strip();
        int space = trimmed.indexOf(' ');
        String name = space < 0 ? trimmed : trimmed.substring(0, space);
        String args = space < 0 ? "" : trimmed.substring(space + 1).strip();
        var magic = cell ? registry.cell(name) : registry.line(name);
        if (magic.isEmpty()) {
            String prefix = cell ? "%%" : "%";
            return MagicFailure.of("UnknownMagic", "there is no magic " + prefix + name
                    + ". Known magics: " + registry.names() + " (%lsmagic explains each).");
        }
        try {
            return magic.get().run(args, body, context);
        } catch (Exception | LinkageError e) {
            return MagicFailure.of(e);
        }
    }

    /** A run of Java lines (blank-padded to keep line numbers) or one magic line. */
    private record Segment(String java, String magicLine) {}

    private static List<Segment> segments(String code) {
        List<Segment> segments = new ArrayList<>();
        String[] lines = code.split("\n", -1);
        StringBuilder java = new StringBuilder();
        boolean inTextBlock = false;
        boolean hasJava = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean magic = !inTextBlock && line.stripLeading().startsWith("%");
            if (magic) {
                if (hasJava) segments.add(new Segment(java.toString(), null));
                java.setLength(0);
                hasJava = false;
                segments.add(new Segment(null, line.stripLeading().substring(1)));
                java.append("\n".repeat(i + 1));
                continue;
            }
            // a text block may hold lines starting with %, which are Java, not magics
            if (countTextBlockQuotes(line) % 2 == 1) inTextBlock = !inTextBlock;
            java.append(line);
            if (i < lines.length - 1) java.append('\n');
            if (!line.isBlank()) hasJava = true;
        }
        if (hasJava || segments.isEmpty()) segments.add(new Segment(java.toString(), null));
        return segments;
    }

    private static int countTextBlockQuotes(String line) {
        int count = 0;
        for (int at = line.indexOf("\"\"\""); at >= 0; at = line.indexOf("\"\"\"", at + 3)) count++;
        return count;
    }

    @Override
    public Completion complete(String code, int cursorPos) {
        return MagicNameCompleter.complete(registry, code, cursorPos)
                .orElseGet(() -> engine.complete(code, cursorPos));
    }

    @Override
    public IsComplete isComplete(String code) {
        String stripped = code.stripLeading();
        if (stripped.startsWith("%%")) return new IsComplete("complete", null);
        if (stripped.startsWith("%") && !stripped.contains("\n")) return new IsComplete("complete", null);
        return engine.isComplete(code);
    }

}
