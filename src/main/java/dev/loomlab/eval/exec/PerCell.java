package dev.loomlab.eval.exec;

import dev.loomlab.display.CellContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Things gathered while one cell runs, snippet after snippet. The execution control is not
 * told where cells begin; each execution enters a new CellContext on the calling thread, so a
 * different context means a new cell and the list starts over.
 */
final class PerCell<T> {

    private CellContext cell;
    private final List<T> items = new ArrayList<>();

    synchronized void add(T item) {
        CellContext now = CellContext.current();
        if (now != cell) {
            items.clear();
            cell = now;
        }
        items.add(item);
    }

    synchronized List<T> items() {
        return List.copyOf(items);
    }
}
