package dev.loomlab.magic.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.eclipse.aether.supplier.RepositorySystemSupplier;
import org.eclipse.aether.supplier.SessionBuilderSupplier;
import org.eclipse.aether.util.artifact.JavaScopes;
import org.eclipse.aether.util.filter.DependencyFilterUtils;

/**
 * Resolves dependencies with their transitive dependencies, as Maven would for a project's
 * runtime class path: from the repositories added with %mavenRepo (in that order), then
 * Maven Central, cached in Maven's local repository. One per kernel session; the repository
 * system is built on first use, so a session that never uses %maven never pays for it.
 */
public final class MavenResolver {

    public static final RemoteRepository CENTRAL =
            new RemoteRepository.Builder("central", "default", "https://repo.maven.apache.org/maven2/").build();

    private final List<RemoteRepository> added = new ArrayList<>();
    private final Path localRepository;
    private RepositorySystem system;

    public MavenResolver() {
        this(MavenSettings.localRepository());
    }

    public MavenResolver(Path localRepository) {
        this.localRepository = localRepository;
    }

    public Path localRepository() {
        return localRepository;
    }

    /** Adds (or, with the same id, replaces) a repository searched before Maven Central. */
    public synchronized void addRepository(String id, String url) {
        added.removeIf(r -> r.getId().equals(id));
        added.add(new RemoteRepository.Builder(id, "default", url).build());
    }

    public synchronized List<RemoteRepository> repositories(List<RemoteRepository> extra) {
        List<RemoteRepository> all = new ArrayList<>(added);
        for (RemoteRepository repository : extra) {
            if (all.stream().noneMatch(r -> r.getId().equals(repository.getId()))) all.add(repository);
        }
        if (all.stream().noneMatch(r -> r.getId().equals(CENTRAL.getId()))) all.add(CENTRAL);
        return all;
    }

    /** What a resolution put on disk: every jar in class path order, and how many files were downloaded. */
    public record Resolved(List<Path> jars, int downloads) {}

    /**
     * Resolves {@code dependencies} and everything they need at run time.
     *
     * @param extraRepositories repositories a pom declared, searched after the %mavenRepo ones
     * @param progress          receives one line per downloaded file while it runs
     */
    public synchronized Resolved resolve(List<Dependency> dependencies, List<RemoteRepository> extraRepositories,
                                         Consumer<String> progress) throws DependencyResolutionException {
        RepositorySystem repositorySystem = system();
        DownloadProgress listener = new DownloadProgress(progress);
        try (RepositorySystemSession.CloseableSession session = new SessionBuilderSupplier(repositorySystem).get()
                .withLocalRepositoryBaseDirectories(localRepository)
                .setTransferListener(listener)
                .setConfigProperties(Map.of("aether.connector.connectTimeout", "15000"))
                .build()) {
            CollectRequest collect = new CollectRequest();
            collect.setDependencies(dependencies);
            collect.setRepositories(repositorySystem.newResolutionRepositories(session, repositories(extraRepositories)));
            DependencyRequest request = new DependencyRequest(collect,
                    DependencyFilterUtils.classpathFilter(JavaScopes.RUNTIME));
            List<Path> jars = new ArrayList<>();
            for (ArtifactResult result : repositorySystem.resolveDependencies(session, request).getArtifactResults()) {
                Path path = result.getArtifact().getPath();
                if (path != null && !jars.contains(path)) jars.add(path);
            }
            return new Resolved(jars, listener.downloads());
        }
    }

    private RepositorySystem system() {
        if (system == null) system = new RepositorySystemSupplier().get();
        return system;
    }
}
