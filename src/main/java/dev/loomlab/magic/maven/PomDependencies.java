package dev.loomlab.magic.maven;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.model.DependencyManagement;
import org.apache.maven.model.Model;
import org.apache.maven.model.io.xpp3.MavenXpp3Reader;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.graph.Exclusion;
import org.eclipse.aether.repository.RemoteRepository;

/**
 * The dependencies (and repositories) of a POM, for %%loadFromPOM: a whole {@code <project>},
 * a {@code <dependencies>} block, or bare {@code <dependency>} elements, as people paste them
 * from a library's README. Properties of the pom ({@code ${junit.version}}) and versions from
 * its {@code <dependencyManagement>} are filled in. Every listed dependency is loaded whatever
 * its scope (the notebook asked for it); what they need in turn follows Maven's rules.
 */
public final class PomDependencies {

    public record Pom(List<Dependency> dependencies, List<RemoteRepository> repositories) {}

    private PomDependencies() {}

    public static Pom parse(String xml) throws Exception {
        Model model = new MavenXpp3Reader().read(new StringReader(asProject(xml)), false);
        Map<String, String> properties = properties(model);
        Map<String, String> managedVersions = new HashMap<>();
        DependencyManagement management = model.getDependencyManagement();
        if (management != null) {
            for (org.apache.maven.model.Dependency d : management.getDependencies()) {
                managedVersions.put(key(d, properties), fill(d.getVersion(), properties));
            }
        }
        List<Dependency> dependencies = new ArrayList<>();
        for (org.apache.maven.model.Dependency d : model.getDependencies()) {
            String version = d.getVersion() != null ? fill(d.getVersion(), properties) : managedVersions.get(key(d, properties));
            if (version == null) {
                throw new IllegalArgumentException("the dependency " + d.getGroupId() + ":" + d.getArtifactId()
                        + " has no <version> (and the pom manages none for it)");
            }
            String type = d.getType() == null ? "jar" : fill(d.getType(), properties);
            String classifier = d.getClassifier() == null ? "" : fill(d.getClassifier(), properties);
            if (type.equals("test-jar")) {
                type = "jar";
                classifier = "tests";
            }
            List<Exclusion> exclusions = d.getExclusions().stream()
                    .map(e -> new Exclusion(e.getGroupId(), e.getArtifactId(), "*", "*")).toList();
            dependencies.add(new Dependency(new DefaultArtifact(fill(d.getGroupId(), properties),
                    fill(d.getArtifactId(), properties), classifier, type, version), "compile", false, exclusions));
        }
        List<RemoteRepository> repositories = model.getRepositories().stream()
                .map(r -> new RemoteRepository.Builder(r.getId(), "default", fill(r.getUrl(), properties)).build())
                .toList();
        return new Pom(dependencies, repositories);
    }

    /** Wraps a snippet into a minimal project so one reader handles every form. */
    static String asProject(String xml) {
        String body = xml.strip().replaceFirst("^<\\?xml[^>]*\\?>", "").strip();
        if (body.matches("(?s)(<!--.*?-->\\s*)*<project[\\s>].*")) return body;
        if (!body.contains("<dependencies")) body = "<dependencies>" + body + "</dependencies>";
        return "<project><modelVersion>4.0.0</modelVersion><groupId>loomlab</groupId>"
                + "<artifactId>notebook</artifactId><version>0</version>" + body + "</project>";
    }

    private static Map<String, String> properties(Model model) {
        Map<String, String> properties = new HashMap<>();
        Properties own = model.getProperties();
        own.stringPropertyNames().forEach(name -> properties.put(name, own.getProperty(name)));
        String groupId = model.getGroupId() != null ? model.getGroupId()
                : model.getParent() != null ? model.getParent().getGroupId() : null;
        String version = model.getVersion() != null ? model.getVersion()
                : model.getParent() != null ? model.getParent().getVersion() : null;
        if (groupId != null) properties.put("project.groupId", groupId);
        if (version != null) properties.put("project.version", version);
        return properties;
    }

    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

    private static String fill(String value, Map<String, String> properties) {
        if (value == null) return null;
        String current = value.strip();
        for (int round = 0; round < 10 && current.contains("${"); round++) { // properties may refer to properties
            Matcher m = PROPERTY.matcher(current);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String replacement = properties.getOrDefault(m.group(1), System.getProperty(m.group(1), m.group()));
                m.appendReplacement(out, Matcher.quoteReplacement(replacement));
            }
            m.appendTail(out);
            if (out.toString().equals(current)) break;
            current = out.toString();
        }
        if (current.contains("${")) {
            throw new IllegalArgumentException("the pom does not define " + current.substring(current.indexOf("${")));
        }
        return current;
    }

    private static String key(org.apache.maven.model.Dependency d, Map<String, String> properties) {
        return fill(d.getGroupId(), properties) + ":" + fill(d.getArtifactId(), properties);
    }
}
