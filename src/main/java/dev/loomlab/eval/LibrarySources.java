package dev.loomlab.eval;

import dev.loomlab.log.KernelLog;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where JShell looks for javadoc: the JDK's src.zip and, added here, the sources of
 * Loomlab's async library that the build copies into the kernel jar (under
 * {@value #SOURCES_ROOT}). JShell only searches src.zip and offers no option for more; its
 * one hook is a static list that replaces that search, so this sets it (the jar's manifest
 * opens jdk.jshell for it). When the hook is missing (another JDK), Shift+Tab still shows
 * signatures and the JDK's javadoc, only not the library's.
 */
final class LibrarySources {
    static final String SOURCES_ROOT = "loomlab-sources";
    private static final String PROBE = SOURCES_ROOT + "/dev/loomlab/async/Async.java";

    private LibrarySources() {}

    /** Makes the library's javadoc visible to every JShell of this JVM; false when it cannot. */
    static boolean install() {
        try {
            Path librarySources = librarySourcesRoot();
            if (librarySources == null) return false;
            List<Path> sources = new ArrayList<>(jdkSources());
            sources.add(librarySources);
            Class<?> analysis = Class.forName("jdk.jshell.SourceCodeAnalysisImpl");
            Field override = analysis.getDeclaredField("availableSourcesOverride");
            override.setAccessible(true);
            override.set(null, List.copyOf(sources));
            return true;
        } catch (ReflectiveOperationException | RuntimeException | IOException e) {
            KernelLog.warn("Shift+Tab will show no javadoc for dev.loomlab.async ("
                    + e + ")");
            return false;
        }
    }

    private static Path librarySourcesRoot() throws IOException {
        URL probe = LibrarySources.class.getClassLoader().getResource(PROBE);
        if (probe == null) return null;
        URI uri;
        try {
            uri = probe.toURI();
        } catch (URISyntaxException e) {
            return null;
        }
        if ("jar".equals(uri.getScheme())) {
            FileSystem jar;
            try {
                jar = FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException e) {
                jar = FileSystems.getFileSystem(uri);
            }
            return jar.getPath("/" + SOURCES_ROOT);
        }
        Path root = Path.of(uri);   // a folder of classes, as in the build's own tests
        for (int up = PROBE.split("/").length - 1; up > 0; up--) root = root.getParent();
        return root;
    }

    /** What JShell finds by itself: src.zip's module folders (or the zip, in the old layout). */
    private static List<Path> jdkSources() throws IOException {
        Path home = Path.of(System.getProperty("java.home"));
        Path srcZip = home.resolve("lib").resolve("src.zip");
        if (!Files.isReadable(srcZip)) srcZip = home.getParent().resolve("src.zip");
        if (!Files.isReadable(srcZip)) return List.of();
        FileSystem zip = FileSystems.newFileSystem(srcZip, Map.of());
        Path root = zip.getRootDirectories().iterator().next();
        if (Files.exists(root.resolve("java/lang/Object.java"))) {
            zip.close();
            return List.of(srcZip);
        }
        List<Path> modules = new ArrayList<>();
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(root)) {
            for (Path folder : folders) {
                if (Files.isDirectory(folder)) modules.add(folder);
            }
        }
        return modules;
    }
}
