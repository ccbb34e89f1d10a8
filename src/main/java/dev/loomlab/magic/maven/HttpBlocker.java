package dev.loomlab.magic.maven;

import java.util.Set;
import org.eclipse.aether.repository.MirrorSelector;
import org.eclipse.aether.repository.RemoteRepository;

/**
 * Maven's "maven-default-http-blocker", for repositories nobody typed: those a library's pom
 * declares. Each plain-http one is replaced by a blocked mirror, so the resolver never
 * contacts it, unless the notebook allowed that repository id with --allow-http.
 */
final class HttpBlocker implements MirrorSelector {
    static final String ID = "loomlab-http-blocker";

    private final Set<String> allowedIds;

    HttpBlocker(Set<String> allowedIds) {
        this.allowedIds = Set.copyOf(allowedIds);
    }

    @Override
    public RemoteRepository getMirror(RemoteRepository repository) {
        if (!RepositoryUrls.isPlainHttp(repository.getUrl()) || allowedIds.contains(repository.getId())) return null;
        return new RemoteRepository.Builder(ID, repository.getContentType(), "http://0.0.0.0/")
                .setBlocked(true)
                .addMirroredRepository(repository)
                .build();
    }
}
