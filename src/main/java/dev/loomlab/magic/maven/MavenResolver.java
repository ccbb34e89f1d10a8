package dev.loomlab.magic.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.eclipse.aether.spi.connector.checksum.ChecksumPolicyProvider;
import org.eclipse.aether.supplier.RepositorySystemSupplier;
import org.eclipse.aether.supplier.SessionBuilderSupplier;
import org.eclipse.aether.repository.RepositoryPolicy;
import org.eclipse.aether.util.artifact.JavaScopes;
import org.eclipse.aether.util.filter.DependencyFilterUtils;

/**
 * Resolves dependencies with their transitive dependencies, as Maven would for a project's
 * runtime class path: from the repositories added with %mavenRepo (in that order), then
 * Maven Central, cached in Maven's local repository. One per kernel session; the repository
 * system is built on first use, so a session that never uses %maven never pays for it.
 *
 * <p>It is as strict as a build server: a checksum mismatch fails the resolution (and the file
 * is not kept), plain-http repositories are refused unless allowed by id, and the mirrors, the
 * servers' credentials and the proxies of Maven's settings.xml are used as Maven uses them.
 */
public final class MavenResolver {

    public static final RemoteRepository CENTRAL =
            new RemoteRepository.Builder("central", "default", "https://repo.maven.apache.org/maven2/").build();

    private final List<RemoteRepository> added = new ArrayList<>();
    private final Set<String> httpAllowed = new HashSet<>();
    private final Path localRepository;
    private final List<Path> settingsFiles;
    private RepositorySystem system;

    public MavenResolver() {
        this(MavenSettings.localRepository(), MavenSettings.settingsFiles());
    }

    public MavenResolver(Path localRepository, List<Path> settingsFiles) {
        this.localRepository = localRepository;
        this.settingsFiles = List.copyOf(settingsFiles);
    }

    /** A repository refused for its plain-http url; the message says why and how to allow it. */
    public static final class InsecureRepositoryException extends IllegalArgumentException {
        InsecureRepositoryException(String id, String url) {
            super(RepositoryUrls.refusal(id, url));
        }
    }

    public Path localRepository() {
        return localRepository;
    }

    /**
     * Adds (or, with the same id, replaces) a repository searched before Maven Central.
     *
     * @param allowHttp the user asked for this plain-http repository on purpose
     * @throws InsecureRepositoryException for a plain-http url not allowed
     */
    public synchronized void addRepository(String id, String url, boolean allowHttp) {
        if (RepositoryUrls.isPlainHttp(url) && !allowHttp) throw new InsecureRepositoryException(id, url);
        if (allowHttp) httpAllowed.add(id);
        else httpAllowed.remove(id);
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
        refuseInsecure(extraRepositories);
        RepositorySystem repositorySystem = system();
        DownloadProgress listener = new DownloadProgress(progress);
        Consumer<String> warnings = warning -> progress.accept("  warning: " + warning);
        ServerAccess access = ServerAccess.fromSettings(settingsFiles, System.getenv(), warnings);
        SettingsMirrors mirrors = SettingsMirrors.fromSettings(settingsFiles, System.getenv(),
                new HttpBlocker(httpAllowed), warnings);
        try (RepositorySystemSession.CloseableSession session = new SessionBuilderSupplier(repositorySystem).get()
                .withLocalRepositoryBaseDirectories(localRepository)
                .setTransferListener(listener)
                .setChecksumPolicy(RepositoryPolicy.CHECKSUM_POLICY_FAIL)
                .setMirrorSelector(mirrors)
                .setAuthenticationSelector(access.authentication())
                .setProxySelector(access.proxies())
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

    /** A pom's plain-http repository is refused before anything is fetched, unless its id was allowed. */
    private void refuseInsecure(List<RemoteRepository> repositories) {
        for (RemoteRepository repository : repositories) {
            if (RepositoryUrls.isPlainHttp(repository.getUrl()) && !httpAllowed.contains(repository.getId())) {
                throw new InsecureRepositoryException(repository.getId(), repository.getUrl());
            }
        }
    }

    private RepositorySystem system() {
        if (system == null) {
            system = new RepositorySystemSupplier() {
                @Override
                protected ChecksumPolicyProvider createChecksumPolicyProvider() {
                    return new StrictChecksums();
                }
            }.get();
        }
        return system;
    }
}
