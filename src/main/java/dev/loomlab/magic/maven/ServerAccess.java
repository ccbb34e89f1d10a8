package dev.loomlab.magic.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.parsers.DocumentBuilderFactory;
import org.eclipse.aether.repository.Authentication;
import org.eclipse.aether.repository.AuthenticationSelector;
import org.eclipse.aether.repository.Proxy;
import org.eclipse.aether.repository.ProxySelector;
import org.eclipse.aether.util.repository.AuthenticationBuilder;
import org.eclipse.aether.util.repository.DefaultAuthenticationSelector;
import org.eclipse.aether.util.repository.DefaultProxySelector;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The {@code <servers>} (credentials by repository id) and {@code <proxies>} of Maven's
 * settings.xml files, as Maven applies them: the user's file first, then the installation's,
 * the first entry for an id winning, and only the first active proxy per protocol. Passwords
 * encrypted with Maven's master password are decrypted as Maven does (SettingsSecrets). Secrets
 * go straight into the resolver's {@link Authentication}, which never prints them.
 */
final class ServerAccess {
    private final DefaultAuthenticationSelector servers = new DefaultAuthenticationSelector();
    private final DefaultProxySelector proxies = new DefaultProxySelector();
    private final List<String> serverIds = new ArrayList<>();
    private final List<String> proxyProtocols = new ArrayList<>();
    private final SettingsSecrets secrets = SettingsSecrets.forUser(System.getProperty("user.home"));

    AuthenticationSelector authentication() {
        return servers;
    }

    ProxySelector proxies() {
        return proxies;
    }

    List<String> serverIds() {
        return List.copyOf(serverIds);
    }

    /** From the settings Maven would read; problems are told to {@code warnings}, never with a secret. */
    static ServerAccess fromSettings(List<Path> settingsFiles, Map<String, String> env, Consumer<String> warnings) {
        ServerAccess access = new ServerAccess();
        for (Path file : settingsFiles) {
            if (file != null && Files.isRegularFile(file)) access.read(file, env, warnings);
        }
        return access;
    }

    /** A settings.xml's root element; entities are not expanded, as Maven does not either. */
    static Element rootOf(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
    }

    private void read(Path file, Map<String, String> env, Consumer<String> warnings) {
        Element root;
        try {
            root = rootOf(file);
        } catch (Exception e) {
            warnings.accept("cannot read " + file + " (" + e.getMessage() + "): its servers and proxies are not used");
            return;
        }
        for (Element server : children(root, "servers", "server")) {
            String id = text(server, "id", env);
            if (id == null || serverIds.contains(id)) continue;
            String password = secrets.reveal(text(server, "password", env));
            String passphrase = secrets.reveal(text(server, "passphrase", env));
            if ((password == null && text(server, "password", env) != null)
                    || (passphrase == null && text(server, "passphrase", env) != null)) {
                warnings.accept("the password of server '" + id + "' in " + file + " is encrypted, but no master"
                        + " password in ~/.m2/settings-security.xml decrypts it: that server is used without credentials");
                continue;
            }
            AuthenticationBuilder auth = new AuthenticationBuilder()
                    .addUsername(text(server, "username", env))
                    .addPassword(password);
            String privateKey = text(server, "privateKey", env);
            if (privateKey != null) auth.addPrivateKey(privateKey, passphrase);
            servers.add(id, auth.build());
            serverIds.add(id);
        }
        for (Element proxy : children(root, "proxies", "proxy")) {
            String active = text(proxy, "active", env);
            if (active != null && !Boolean.parseBoolean(active)) continue;
            String protocol = orDefault(text(proxy, "protocol", env), "http");
            String host = text(proxy, "host", env);
            if (host == null || proxyProtocols.contains(protocol)) continue;
            int port;
            try {
                port = Integer.parseInt(orDefault(text(proxy, "port", env), "8080"));
            } catch (NumberFormatException e) {
                warnings.accept("the proxy " + host + " in " + file + " has a port that is not a number: it is not used");
                continue;
            }
            String user = text(proxy, "username", env);
            String password = secrets.reveal(text(proxy, "password", env));
            if (password == null && text(proxy, "password", env) != null) {
                warnings.accept("the password of the proxy " + host + " in " + file + " is encrypted, but no master"
                        + " password in ~/.m2/settings-security.xml decrypts it: the proxy is used without credentials");
            }
            Authentication auth = user == null ? null
                    : new AuthenticationBuilder().addUsername(user).addPassword(password).build();
            proxies.add(new Proxy(protocol, host, port, auth), text(proxy, "nonProxyHosts", env));
            proxyProtocols.add(protocol);
            // Maven's "http" proxy also carries https traffic unless an https one is given
            if (protocol.equals("http") && !proxyProtocols.contains("https")) {
                proxies.add(new Proxy("https", host, port, auth), text(proxy, "nonProxyHosts", env));
            }
        }
    }

    static List<Element> children(Element root, String listName, String itemName) {
        List<Element> out = new ArrayList<>();
        for (Element list : direct(root, listName)) out.addAll(direct(list, itemName));
        return out;
    }

    private static List<Element> direct(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element e && name.equals(e.getLocalName() != null ? e.getLocalName() : e.getTagName())) {
                out.add(e);
            }
        }
        return out;
    }

    static String text(Element parent, String name, Map<String, String> env) {
        List<Element> found = direct(parent, name);
        if (found.isEmpty()) return null;
        String value = found.get(0).getTextContent().strip();
        return value.isEmpty() ? null : MavenSettings.interpolate(value, System.getProperty("user.home"), env);
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
