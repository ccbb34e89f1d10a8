package dev.loomlab.eval.exec;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * The variables the running cell has declared so far, found without JShell: each snippet runs
 * as a static "do it" method of its own wrapper class, and a variable is a static field of the
 * wrapper of the snippet that declared it. Kept so that memory those variables hold can be
 * let go when the cell runs out of it (JShell itself cannot compile anything at that moment).
 */
final class CellVariables {

    private final PerCell<Class<?>> wrappers = new PerCell<>();

    /** Notes the wrapper class of a snippet the running cell is about to run. */
    void snippetRuns(Class<?> wrapper) {
        wrappers.add(wrapper);
    }

    /**
     * Sets this cell's object variables to null so the garbage collector can free what they
     * hold. Returns the names the user gave them (JShell's unnamed $1, $2 are freed silently).
     */
    List<String> release() {
        List<String> names = new ArrayList<>();
        for (Class<?> wrapper : wrappers.items()) {
            for (Field field : wrapper.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (!Modifier.isStatic(modifiers) || Modifier.isFinal(modifiers) || field.getType().isPrimitive()) {
                    continue;
                }
                try {
                    field.setAccessible(true);
                    if (field.get(null) != null) {
                        field.set(null, null);
                        if (!field.getName().startsWith("$")) {
                            names.add(field.getName());
                        }
                    }
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // not a variable we can reset; leave it
                }
            }
        }
        return names;
    }
}
