package dev.loomlab.eval;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * JShell indexes every class of the JDK and of the class path by simple name (24,654 names for
 * the JDK and the kernel jar), for its "which import did you mean" feature
 * (SourceCodeAnalysis.listQualifiedNames), which the kernel never calls: 12 MB of live heap, a
 * fifth of an idle kernel's. {@link #empty()} empties those maps; the package index beside them,
 * which completes {@code java.ut}, stays. It reaches into JShell's internals (the kernelspec
 * opens jdk.jshell to the kernel for it) and does nothing at all if they are not as expected.
 */
final class UnusedClassNameIndex {
    private static volatile boolean unavailable;

    private UnusedClassNameIndex() {}

    /** Empties the indexes JShell has finished; returns how many names were let go. */
    static int empty() {
        if (unavailable) return 0;
        try {
            Field pathToIndex = Class.forName("jdk.jshell.SourceCodeAnalysisImpl").getDeclaredField("PATH_TO_INDEX");
            pathToIndex.setAccessible(true);
            // JShell's indexing thread fills this map (only at start and after a class path
            // change); a copy taken while it does may fail, and then the next give-back tries again.
            List<Object> indexes = new ArrayList<>(((Map<?, ?>) pathToIndex.get(null)).values());
            int names = 0;
            for (Object index : indexes) {
                Field byName = index.getClass().getDeclaredField("classSimpleName2FQN");
                byName.setAccessible(true);
                Map<?, ?> map = (Map<?, ?>) byName.get(index);
                names += map.size();
                map.clear(); // complete before it was published, and read only by listQualifiedNames
            }
            return names;
        } catch (java.util.ConcurrentModificationException e) {
            return 0;
        } catch (ReflectiveOperationException | RuntimeException e) {
            unavailable = true; // another JDK, or jdk.jshell not opened: keep the index
            return 0;
        }
    }
}
