package dev.loomlab.magic.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Where downloaded artifacts are cached: the same local repository Maven itself uses, so jars
 * fetched by a notebook and by a Maven build are shared. In Maven's order: the
 * {@code maven.repo.local} system property, {@code <localRepository>} in the user's
 * ~/.m2/settings.xml, then in the installation's conf/settings.xml, else ~/.m2/repository.
 */
public final class MavenSettings {

    private MavenSettings() {}

    public static Path localRepository() {
        return localRepository(System.getProperty("user.home"), System.getenv(), System.getProperty("maven.repo.local"));
    }

    /** The settings files Maven reads, the user's first: ~/.m2/settings.xml, then $MAVEN_HOME/conf/settings.xml. */
    public static java.util.List<Path> settingsFiles() {
        java.util.List<Path> files = new java.util.ArrayList<>();
        files.add(Path.of(System.getProperty("user.home"), ".m2", "settings.xml"));
        for (String home : new String[] {System.getenv("MAVEN_HOME"), System.getenv("M2_HOME")}) {
            if (home != null) files.add(Path.of(home, "conf", "settings.xml"));
        }
        return files;
    }

    static Path localRepository(String userHome, Map<String, String> env, String systemProperty) {
        if (systemProperty != null && !systemProperty.isBlank()) return Path.of(systemProperty);
        Path userSettings = Path.of(userHome, ".m2", "settings.xml");
        String fromUser = localRepositoryIn(userSettings, userHome, env);
        if (fromUser != null) return Path.of(fromUser);
        for (String home : new String[] {env.get("MAVEN_HOME"), env.get("M2_HOME")}) {
            if (home == null) continue;
            String fromGlobal = localRepositoryIn(Path.of(home, "conf", "settings.xml"), userHome, env);
            if (fromGlobal != null) return Path.of(fromGlobal);
        }
        return Path.of(userHome, ".m2", "repository");
    }

    private static String localRepositoryIn(Path settings, String userHome, Map<String, String> env) {
        if (!Files.isRegularFile(settings)) return null;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(false);
            factory.setExpandEntityReferences(false);
            Document document = factory.newDocumentBuilder().parse(settings.toFile());
            NodeList nodes = document.getDocumentElement().getElementsByTagName("localRepository");
            if (nodes.getLength() == 0) return null;
            String value = nodes.item(0).getTextContent().strip();
            return value.isEmpty() ? null : interpolate(value, userHome, env);
        } catch (Exception e) {
            return null; // an unreadable settings.xml: Maven would complain; we use the default
        }
    }

    /** ${user.home}, ${env.NAME} and other system properties, as settings.xml allows. */
    static String interpolate(String value, String userHome, Map<String, String> env) {
        Matcher m = Pattern.compile("\\$\\{([^}]+)}").matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String replacement = name.equals("user.home") ? userHome
                    : name.startsWith("env.") ? env.getOrDefault(name.substring(4), "")
                    : System.getProperty(name, m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
