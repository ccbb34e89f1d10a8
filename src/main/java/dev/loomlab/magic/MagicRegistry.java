package dev.loomlab.magic;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;

/** The known magics by name: line magics ({@code %name}) and cell magics ({@code %%name}) apart. */
public final class MagicRegistry {
    private final Map<String, Magic> lineMagics = new ConcurrentSkipListMap<>();
    private final Map<String, Magic> cellMagics = new ConcurrentSkipListMap<>();

    public MagicRegistry line(String name, Magic magic) {
        lineMagics.put(name, magic);
        return this;
    }

    public MagicRegistry cell(String name, Magic magic) {
        cellMagics.put(name, magic);
        return this;
    }

    public Optional<Magic> line(String name) {
        return Optional.ofNullable(lineMagics.get(name));
    }

    public Optional<Magic> cell(String name) {
        return Optional.ofNullable(cellMagics.get(name));
    }

    public List<String> lineNames() {
        return List.copyOf(lineMagics.keySet());
    }

    public List<String> cellNames() {
        return List.copyOf(cellMagics.keySet());
    }

    /** Every magic with its one-line help, line magics first, sorted by name. */
    public String listing() {
        StringBuilder out = new StringBuilder("Line magics:\n");
        lineMagics.forEach((name, magic) -> out.append(String.format("  %%%-14s %s%n", name, magic.help())));
        out.append("Cell magics (first line of a cell):\n");
        cellMagics.forEach((name, magic) -> out.append(String.format("  %%%%%-13s %s%n", name, magic.help())));
        return out.toString();
    }

    /** A short list of the names, for "unknown magic" errors. */
    public String names() {
        Map<String, String> all = new TreeMap<>();
        lineMagics.keySet().forEach(n -> all.put(n, "%" + n));
        cellMagics.keySet().forEach(n -> all.merge(n, "%%" + n, (a, b) -> a + ", " + b));
        return String.join(", ", all.values());
    }
}
