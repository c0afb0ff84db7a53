package io.github.idfraud.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModuleMapTests {

    @Test
    void theBuildMatchesTheReadmesModuleMap() {
        ModuleMap map = new ModuleMap(ModuleMap.repositoryRoot());

        assertThat(map.entries()).as("rows of the README's module map").hasSizeGreaterThan(10);
        assertThat(map.violations()).isEmpty();
    }

    @Test
    void aDependencyTheMapDoesNotAllowIsReported(@TempDir Path repo) throws IOException {
        writeRepo(repo, "event-contract", "simulator");

        assertThat(new ModuleMap(repo).violations()).containsExactly(
                "forbidden dependency: services/event-contract -> ml-models/simulator; the README's module map allows none of ours");
    }

    @Test
    void aModuleNamedInTestsOnlyMayBeUsedInTestsButNotInTheMainCode(@TempDir Path repo) throws IOException {
        writeRepo(repo, "event-contract", "simulator");
        Path readme = repo.resolve("README.md");
        Files.writeString(readme, Files.readString(readme).replace("| library | nothing of ours |",
                "| library | nothing of ours; in tests: simulator (its worlds) |"));
        Path pom = repo.resolve("services/event-contract/pom.xml");
        String compileScoped = Files.readString(pom);

        assertThat(new ModuleMap(repo).violations()).containsExactly("forbidden dependency: services/event-contract"
                + " -> ml-models/simulator; the README's module map allows none of ours");
        Files.writeString(pom, compileScoped.replace("</artifactId></dependency>",
                "</artifactId><scope>test</scope></dependency>"));
        assertThat(new ModuleMap(repo).violations()).isEmpty();
    }

    @Test
    void aVersionInAModulePomIsReported(@TempDir Path repo) throws IOException {
        writeRepo(repo, "simulator", "event-contract");
        Path pom = repo.resolve("ml-models/simulator/pom.xml");
        Files.writeString(pom, Files.readString(pom).replace("<artifactId>event-contract</artifactId>",
                "<artifactId>event-contract</artifactId><version>1.0</version>"));

        assertThat(new ModuleMap(repo).violations()).singleElement().asString()
                .contains("ml-models/simulator/pom.xml writes a version for io.github.idfraud:event-contract");
    }

    @Test
    void aModuleMissingFromTheMapIsReported(@TempDir Path repo) throws IOException {
        writeRepo(repo, "simulator", "event-contract");
        module(repo, "tools/stray", "stray", "");

        assertThat(new ModuleMap(repo).violations()).anySatisfy(line -> assertThat(line)
                .isEqualTo("tools/stray has a pom.xml but no row in the README's module map"));
    }

    /** A two-module repository whose map lets simulator use event-contract and nothing else. */
    private static void writeRepo(Path repo, String from, String to) throws IOException {
        Files.writeString(repo.resolve("README.md"), """
                <!-- modules:start -->
                | module | what it is | may depend on |
                |---|---|---|
                | [`services/event-contract`](x) | library | nothing of ours |
                | [`ml-models/simulator`](x) | library | event-contract |
                <!-- modules:end -->
                """);
        Files.writeString(repo.resolve("pom.xml"), "<project><artifactId>idfraud-parent</artifactId><modules>"
                + "<module>services/event-contract</module><module>ml-models/simulator</module></modules></project>");
        String dependency = "<dependency><groupId>io.github.idfraud</groupId><artifactId>" + to
                + "</artifactId></dependency>";
        module(repo, "services/event-contract", "event-contract", from.equals("event-contract") ? dependency : "");
        module(repo, "ml-models/simulator", "simulator", from.equals("simulator") ? dependency : "");
    }

    private static void module(Path repo, String folder, String artifact, String dependencies) throws IOException {
        Files.createDirectories(repo.resolve(folder));
        Files.writeString(repo.resolve(folder).resolve("pom.xml"), "<project><artifactId>" + artifact
                + "</artifactId><dependencies>" + dependencies + "</dependencies></project>");
        Files.createDirectories(repo.resolve("tools"));
    }
}
