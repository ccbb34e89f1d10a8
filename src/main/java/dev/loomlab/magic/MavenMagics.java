package dev.loomlab.magic;

import dev.loomlab.eval.Interpreter.Outcome;
import dev.loomlab.eval.Settings;
import dev.loomlab.magic.maven.ChecksumMismatch;
import dev.loomlab.magic.maven.MavenResolver;
import dev.loomlab.magic.maven.RepositoryUrls;
import dev.loomlab.magic.maven.ResolutionReasons;
import dev.loomlab.magic.maven.PomDependencies;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.DependencyResolutionException;

/**
 * %maven, %mavenRepo and %%loadFromPOM with IJava's names and behaviour: artifacts and what they
 * depend on are fetched (Maven Central by default, cached in ~/.m2) and added to the class path
 * of later cells.
 */
final class MavenMagics {
    private MavenMagics() {}

    static void register(MagicRegistry registry) {
        MavenResolver resolver = new MavenResolver();
        registry.line("maven", new Magic() {
            public String help() {
                return "add a library and its dependencies: %maven group:artifact:version (several allowed)";
            }

            public Outcome run(String args, String body, MagicContext ctx) {
                List<String> coordinates = Settings.splitOptions(args);
                if (coordinates.isEmpty()) {
                    return MagicFailure.of("UsageError",
                            "%maven needs coordinates, e.g. %maven org.apache.commons:commons-lang3:3.17.0");
                }
                List<Dependency> dependencies = new ArrayList<>();
                for (String coordinate : coordinates) {
                    try {
                        dependencies.add(new Dependency(new DefaultArtifact(coordinate), "compile"));
                    } catch (IllegalArgumentException e) {
                        return MagicFailure.of("UsageError", "%maven cannot read \"" + coordinate
                                + "\": write group:artifact:version (or group:artifact:type:classifier:version)");
                    }
                }
                return resolveAndAdd("%maven", String.join(" ", coordinates), dependencies, List.of(), resolver, ctx);
            }
        });
        registry.line("mavenRepo", new Magic() {
            public String help() {
                return "search another Maven repository first: %mavenRepo id url (or a local folder);"
                        + " --allow-http id url for a plain-http one you trust";
            }

            public Outcome run(String args, String body, MagicContext ctx) {
                List<String> words = new ArrayList<>(Settings.splitOptions(args));
                boolean allowHttp = words.remove("--allow-http");
                if (words.size() != 2) {
                    return MagicFailure.of("UsageError", "%mavenRepo needs an id and a url, e.g."
                            + " %mavenRepo jitpack https://jitpack.io");
                }
                try {
                    resolver.addRepository(words.get(0), repositoryUrl(words.get(1)), allowHttp);
                } catch (MavenResolver.InsecureRepositoryException e) {
                    return MagicFailure.of("InsecureRepository", "%mavenRepo refused " + e.getMessage());
                }
                if (allowHttp && RepositoryUrls.isPlainHttp(words.get(1))) {
                    ctx.print("warning: '" + words.get(0) + "' uses plain http, allowed on purpose: its jars are"
                            + " only as safe as the network between you and it.");
                }
                ctx.print("Maven repositories: " + String.join(", ", resolver.repositories(List.of()).stream()
                        .map(r -> r.getId() + " (" + RepositoryUrls.withoutPassword(r.getUrl()) + ")").toList()));
                return new Outcome.Success(null);
            }
        });
        registry.cell("loadFromPOM", new Magic() {
            public String help() {
                return "add the dependencies of a pom: a whole <project>, <dependencies> or <dependency> elements";
            }

            public Outcome run(String args, String body, MagicContext ctx) {
                if (body.isBlank()) {
                    return MagicFailure.of("UsageError", "%%loadFromPOM needs a pom or <dependency> elements below it");
                }
                PomDependencies.Pom pom;
                try {
                    pom = PomDependencies.parse(body);
                } catch (Exception e) {
                    return MagicFailure.of("PomError", "%%loadFromPOM cannot read the pom: " + e.getMessage());
                }
                if (pom.dependencies().isEmpty()) {
                    return MagicFailure.of("PomError", "%%loadFromPOM found no <dependency> in the cell");
                }
                String what = String.join(" ", pom.dependencies().stream().map(d -> d.getArtifact().toString()).toList());
                return resolveAndAdd("%%loadFromPOM", what, pom.dependencies(), pom.repositories(), resolver, ctx);
            }
        });
    }

    private static Outcome resolveAndAdd(String magic, String what, List<Dependency> dependencies,
                                         List<RemoteRepository> pomRepositories, MavenResolver resolver,
                                         MagicContext ctx) {
        ctx.print("Resolving " + what + " ...");
        MavenResolver.Resolved resolved;
        try {
            // once stopped, the cell is over: what the download still reports is not shown
            resolved = resolveUnlessStopped(() -> resolver.resolve(dependencies, pomRepositories, line -> {
                if (!ctx.stopped()) ctx.print(line);
            }), ctx);
        } catch (MavenResolver.InsecureRepositoryException e) {
            return MagicFailure.of("InsecureRepository", magic + " refused " + e.getMessage()
                    + " Nothing was added to the class path.");
        } catch (DependencyResolutionException e) {
            var mismatch = ChecksumMismatch.in(e);
            if (mismatch.isPresent()) {
                return MagicFailure.of("ChecksumFailure", magic + " stopped: " + mismatch.get().message());
            }
            String message = RepositoryUrls.withoutPassword(String.valueOf(e.getMessage()));
            for (String reason : ResolutionReasons.of(e)) message += "\n  " + reason;
            if (message.contains("loomlab-http-blocker")) {
                message += "\n(A library's pom names a plain-http repository, which is refused: anyone on the network"
                        + " could replace its jars. Add the https:// address of that repository with %mavenRepo id"
                        + " url, or allow it on purpose with %mavenRepo --allow-http id url.)";
            }
            return MagicFailure.of("DependencyResolutionException", magic + " could not resolve " + what + ": "
                    + message + "\nSearched: " + searched(resolver, pomRepositories)
                    + ". Add a repository with %mavenRepo id url.");
        } catch (CancellationException e) {
            return MagicFailure.of("Interrupted", magic + " stopped resolving " + what
                    + "; nothing was added to the class path.");
        }
        ctx.engine().addToClassPath(resolved.jars());
        String cached = resolved.downloads() == 0 ? " (all from the local cache " + resolver.localRepository() + ")" : "";
        ctx.print("Added " + resolved.jars().size() + (resolved.jars().size() == 1 ? " jar" : " jars")
                + " to the class path" + cached + ": " + ClassPathMagics.names(resolved.jars()));
        return new Outcome.Success(null);
    }

    private interface Resolution {
        MavenResolver.Resolved resolve() throws DependencyResolutionException;
    }

    /**
     * Resolves on a thread of its own so that the stop button works: a download blocked in
     * the network does not answer interrupts, so the cell stops waiting for it instead (the
     * thread is interrupted and left to end; what it fetched stays in the local cache).
     *
     * @throws CancellationException when the user pressed stop first
     */
    private static MavenResolver.Resolved resolveUnlessStopped(Resolution resolution, MagicContext ctx)
            throws DependencyResolutionException {
        CompletableFuture<MavenResolver.Resolved> result = new CompletableFuture<>();
        Thread worker = Thread.ofPlatform().daemon().name("loomlab-maven").start(() -> {
            try {
                result.complete(resolution.resolve());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        // the stop button ends the wait: the download is told to stop and left to end
        try (var stopping = ctx.stop().onStop(() -> result.cancel(false))) {
            return result.get();
        } catch (CancellationException e) {
            worker.interrupt();
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            worker.interrupt();
            throw new CancellationException();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof DependencyResolutionException failure) throw failure;
            if (cause instanceof RuntimeException runtime) throw runtime;
            if (cause instanceof Error error) throw error;
            throw new IllegalStateException(cause);
        }
    }

    /** A url as given, or a local folder (relative to the notebook) as a file: url. */
    static String repositoryUrl(String urlOrFolder) {
        if (urlOrFolder.matches("[a-zA-Z][a-zA-Z0-9+.-]+:.*")) return urlOrFolder;
        return Path.of(urlOrFolder).toAbsolutePath().normalize().toUri().toString();
    }

    private static String searched(MavenResolver resolver, List<RemoteRepository> pomRepositories) {
        return String.join(", ", resolver.repositories(pomRepositories).stream().map(r -> RepositoryUrls.withoutPassword(r.getUrl())).toList());
    }
}
