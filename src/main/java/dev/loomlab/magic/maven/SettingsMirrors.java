package dev.loomlab.magic.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.eclipse.aether.repository.MirrorSelector;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.util.repository.DefaultMirrorSelector;
import org.w3c.dom.Element;

/**
 * The {@code <mirrors>} of Maven's settings.xml files, as Maven applies them: a course's lab
 * often reaches Maven Central only through its own repository manager. The user's file comes
 * first, the first mirror that matches a repository wins, and a mirror's credentials are those
 * of the server with the mirror's id. Repositories no mirror takes go to {@code fallback} (the
 * http blocker), as in Maven, where that blocker is itself the last mirror.
 */
final class SettingsMirrors implements MirrorSelector {
    private final DefaultMirrorSelector mirrors = new DefaultMirrorSelector();
    private final List<String> ids = new ArrayList<>();
    private final MirrorSelector fallback;

    private SettingsMirrors(MirrorSelector fallback) {
        this.fallback = fallback;
    }

    /** Problems are told to {@code warnings}; a mirror without id, url or mirrorOf is skipped. */
    static SettingsMirrors fromSettings(List<Path> settingsFiles, Map<String, String> env,
                                        MirrorSelector fallback, Consumer<String> warnings) {
        SettingsMirrors selector = new SettingsMirrors(fallback);
        for (Path file : settingsFiles) {
            if (file != null && Files.isRegularFile(file)) selector.read(file, env, warnings);
        }
        return selector;
    }

    List<String> ids() {
        return List.copyOf(ids);
    }

    @Override
    public RemoteRepository getMirror(RemoteRepository repository) {
        RemoteRepository mirror = mirrors.getMirror(repository);
        return mirror != null ? mirror : fallback.getMirror(repository);
    }

    private void read(Path file, Map<String, String> env, Consumer<String> warnings) {
        Element root;
        try {
            root = ServerAccess.rootOf(file);
        } catch (Exception e) {
            // ServerAccess reads the same file and already said it cannot
            return;
        }
        for (Element mirror : ServerAccess.children(root, "mirrors", "mirror")) {
            String id = ServerAccess.text(mirror, "id", env);
            String url = ServerAccess.text(mirror, "url", env);
            String mirrorOf = ServerAccess.text(mirror, "mirrorOf", env);
            if (id == null || url == null || mirrorOf == null) {
                warnings.accept("a mirror in " + file + " lacks its id, url or mirrorOf: it is not used");
                continue;
            }
            if (ids.contains(id)) continue;
            String layout = ServerAccess.text(mirror, "layout", env);
            boolean blocked = Boolean.parseBoolean(ServerAccess.text(mirror, "blocked", env));
            mirrors.add(id, url, layout == null ? "default" : layout, false, blocked, mirrorOf,
                    ServerAccess.text(mirror, "mirrorOfLayouts", env));
            ids.add(id);
        }
    }
}
