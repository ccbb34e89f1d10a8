package dev.loomlab.magic.maven;

import java.util.List;
import org.eclipse.aether.graph.Dependency;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PomDependenciesTest {

    private static List<String> coordinates(PomDependencies.Pom pom) {
        return pom.dependencies().stream().map(Dependency::getArtifact).map(Object::toString).toList();
    }

    @Test
    void bareDependencyElementsAreRead() throws Exception {
        PomDependencies.Pom pom = PomDependencies.parse("""
                <dependency>
                  <groupId>org.example</groupId><artifactId>one</artifactId><version>1.0</version>
                </dependency>
                <dependency>
                  <groupId>org.example</groupId><artifactId>two</artifactId><version>2.0</version>
                  <classifier>extra</classifier>
                </dependency>
                """);
        assertEquals(List.of("org.example:one:jar:1.0", "org.example:two:jar:extra:2.0"), coordinates(pom));
    }

    @Test
    void aWholePomHasItsPropertiesManagedVersionsAndRepositoriesApplied() throws Exception {
        PomDependencies.Pom pom = PomDependencies.parse("""
                <?xml version="1.0"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>me</groupId><artifactId>app</artifactId><version>3</version>
                  <properties><lib.version>1.5</lib.version></properties>
                  <repositories><repository><id>mine</id><url>https://repo.example.org/m2</url></repository></repositories>
                  <dependencyManagement><dependencies>
                    <dependency><groupId>org.example</groupId><artifactId>managed</artifactId><version>9.9</version></dependency>
                  </dependencies></dependencyManagement>
                  <dependencies>
                    <dependency><groupId>org.example</groupId><artifactId>lib</artifactId><version>${lib.version}</version>
                      <scope>test</scope>
                      <exclusions><exclusion><groupId>x</groupId><artifactId>y</artifactId></exclusion></exclusions>
                    </dependency>
                    <dependency><groupId>org.example</groupId><artifactId>managed</artifactId></dependency>
                  </dependencies>
                </project>
                """);
        assertEquals(List.of("org.example:lib:jar:1.5", "org.example:managed:jar:9.9"), coordinates(pom));
        assertEquals("compile", pom.dependencies().get(0).getScope(), "a listed test dependency is still loaded");
        assertEquals(1, pom.dependencies().get(0).getExclusions().size());
        assertEquals("https://repo.example.org/m2", pom.repositories().get(0).getUrl());
    }

    @Test
    void aMissingVersionIsExplained() {
        Exception e = assertThrows(IllegalArgumentException.class, () -> PomDependencies.parse(
                "<dependency><groupId>g</groupId><artifactId>a</artifactId></dependency>"));
        assertTrue(e.getMessage().contains("g:a has no <version>"), e.getMessage());
    }

    @Test
    void anUndefinedPropertyIsExplained() {
        Exception e = assertThrows(IllegalArgumentException.class, () -> PomDependencies.parse(
                "<dependency><groupId>g</groupId><artifactId>a</artifactId><version>${nope}</version></dependency>"));
        assertTrue(e.getMessage().contains("${nope}"), e.getMessage());
    }
}
