package dev.loomlab.eval;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The class path user code compiles against: the JVM's own (the kernel jar, so the preloaded
 * {@code Display} and async helpers resolve), plus wherever the kernel's classes were really
 * loaded from, which differs when a launcher puts only a manifest jar on java.class.path.
 * At run time the same classes come from the system class loader, JShell's parent loader.
 */
final class KernelClassPath {

    private KernelClassPath() {}

    static String compute() {
        Set<String> entries = new LinkedHashSet<>();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.add(entry);
            }
        }
        String ownLocation = locationOf(dev.loomlab.display.Display.class);
        if (ownLocation != null) {
            entries.add(ownLocation);
        }
        return String.join(File.pathSeparator, entries);
    }

    private static String locationOf(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return null;
        }
        try {
            return Path.of(source.getLocation().toURI()).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
