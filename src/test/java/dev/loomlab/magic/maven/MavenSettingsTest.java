package dev.loomlab.magic.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MavenSettingsTest {

    @TempDir
    Path home;

    @Test
    void withoutSettingsTheCacheIsTheUsualOne() {
        assertEquals(home.resolve(".m2/repository"), MavenSettings.localRepository(home.toString(), Map.of(), null));
    }

    @Test
    void theUserSettingsFileIsHonouredWithItsPlaceholders() throws Exception {
        Files.createDirectories(home.resolve(".m2"));
        Files.writeString(home.resolve(".m2/settings.xml"), """
                <settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
                  <localRepository>${user.home}/cache/${env.CACHE_NAME}</localRepository>
                </settings>
                """);
        assertEquals(home.resolve("cache/m2"),
                MavenSettings.localRepository(home.toString(), Map.of("CACHE_NAME", "m2"), null));
    }

    @Test
    void theSystemPropertyWinsAsInMaven() {
        assertEquals(Path.of("/elsewhere"), MavenSettings.localRepository(home.toString(), Map.of(), "/elsewhere"));
    }
}
