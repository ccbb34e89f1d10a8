package dev.loomlab.magic.maven;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.transfer.ArtifactTransferException;

/**
 * Why a resolution failed, in the resolver's own words: its top message ("Failed to collect
 * dependencies at ...") hides the reason (a 401, a missing file) several suppressed exceptions
 * deep. Urls are shown without any password they carry.
 */
public final class ResolutionReasons {
    private static final int MOST = 4;

    private ResolutionReasons() {}

    public static List<String> of(Throwable failure) {
        Set<String> reasons = new LinkedHashSet<>();
        Deque<Throwable> todo = new ArrayDeque<>(List.of(failure));
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (!todo.isEmpty() && reasons.size() < MOST) {
            Throwable t = todo.poll();
            if (!seen.add(t)) continue;
            if (t instanceof ArtifactTransferException && t.getMessage() != null) {
                reasons.add(RepositoryUrls.withoutPassword(t.getMessage()));
            }
            if (t instanceof ArtifactResolutionException resolution) {
                for (ArtifactResult result : resolution.getResults()) todo.addAll(result.getExceptions());
            }
            if (t.getCause() != null) todo.add(t.getCause());
            Collections.addAll(todo, t.getSuppressed());
        }
        return List.copyOf(reasons);
    }
}
