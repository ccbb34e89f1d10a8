package dev.loomlab.magic.maven;

import java.nio.file.Path;
import java.util.Map;
import org.sonatype.plexus.components.cipher.DefaultPlexusCipher;
import org.sonatype.plexus.components.sec.dispatcher.DefaultSecDispatcher;
import org.sonatype.plexus.components.sec.dispatcher.SecDispatcher;

/**
 * Passwords in settings.xml encrypted with Maven's master password ({@code {...}}), decrypted
 * as Maven 3 decrypts them: with the master password of ~/.m2/settings-security.xml (or of the
 * file the {@code settings.security} system property names). Nothing here ever prints a secret.
 */
final class SettingsSecrets {
    private final SecDispatcher dispatcher;

    private SettingsSecrets(SecDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    static SettingsSecrets forUser(String userHome) {
        String securityFile = Path.of(userHome, ".m2", "settings-security.xml").toString();
        return new SettingsSecrets(new DefaultSecDispatcher(new DefaultPlexusCipher(), Map.of(), securityFile));
    }

    /** Maven's mark of an encrypted value: base64 in braces, possibly with a comment around it. */
    static boolean isEncrypted(String secret) {
        return secret != null && secret.matches("(?s).*\\{[A-Za-z0-9+/=\\s]{8,}}.*");
    }

    /** The value itself, decrypted when encrypted; null when it is encrypted and cannot be decrypted. */
    String reveal(String value) {
        if (!isEncrypted(value)) return value;
        try {
            return dispatcher.decrypt(value);
        } catch (Exception e) {
            return null; // no master password, or not made with it; the caller says so, without the secret
        }
    }
}
