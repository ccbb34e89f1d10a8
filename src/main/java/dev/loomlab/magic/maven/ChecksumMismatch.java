package dev.loomlab.magic.maven;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.transfer.ArtifactTransferException;
import org.eclipse.aether.transfer.ChecksumFailureException;

/**
 * A downloaded file whose checksum did not match, dug out of the resolver's nested exceptions
 * so the user reads the file, the two checksums and the repository in one sentence.
 */
public record ChecksumMismatch(String file, String algorithm, String expected, String actual,
                               String repositoryId, String repositoryUrl) {

    public String message() {
        return "the checksum of " + file + " from repository '" + repositoryId + "' (" + repositoryUrl
                + ") does not match: the repository says " + algorithm + " " + expected + " but the file has "
                + actual + ". The file may have been tampered with or damaged; it was not kept, and nothing was"
                + " added to the class path.";
    }

    /** The first checksum mismatch anywhere in {@code failure}'s causes, if there is one. */
    public static Optional<ChecksumMismatch> in(Throwable failure) {
        Deque<Throwable> todo = new ArrayDeque<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        todo.add(failure);
        while (!todo.isEmpty()) {
            Throwable t = todo.poll();
            if (!seen.add(t)) continue;
            if (t instanceof ArtifactTransferException transfer
                    && transfer.getCause() instanceof ChecksumFailureException checksum
                    && StrictChecksums.isMismatch(checksum)) {
                return Optional.of(of(transfer.getArtifact(), transfer.getRepository(), checksum));
            }
            if (t instanceof ArtifactResolutionException resolution) {
                for (ArtifactResult result : resolution.getResults()) todo.addAll(result.getExceptions());
            }
            if (t.getCause() != null) todo.add(t.getCause());
            Collections.addAll(todo, t.getSuppressed());
        }
        return Optional.empty();
    }

    private static ChecksumMismatch of(Artifact artifact, RemoteRepository repository, ChecksumFailureException e) {
        String classifier = artifact.getClassifier().isEmpty() ? "" : "-" + artifact.getClassifier();
        String file = artifact.getArtifactId() + "-" + artifact.getVersion() + classifier + "." + artifact.getExtension();
        return new ChecksumMismatch(file, algorithmOf(e), e.getExpected(), e.getActual(),
                repository == null ? "?" : repository.getId(),
                repository == null ? "?" : RepositoryUrls.withoutPassword(repository.getUrl()));
    }

    /** The policy keeps the algorithm where the resolver keeps the checksum's kind. */
    private static String algorithmOf(ChecksumFailureException e) {
        String kind = e.getExpectedKind();
        if (kind != null && !kind.isEmpty()) return kind;
        return switch (e.getExpected().length()) {
            case 32 -> "MD5";
            case 64 -> "SHA-256";
            case 128 -> "SHA-512";
            default -> "SHA-1";
        };
    }
}
