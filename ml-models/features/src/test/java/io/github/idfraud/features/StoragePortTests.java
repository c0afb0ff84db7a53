package io.github.idfraud.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The library talks to storage through {@link IdentifierStore}; Vert.x and its Redis client stay in one adapter package. */
class StoragePortTests {

    private static final String ADAPTER = "io/github/idfraud/features/redis/";

    @Test
    void onlyTheRedisAdapterPackageReferencesVertxOrTheRedisClient() throws Exception {
        Path classes = Path.of(FeatureEngine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> offenders = classFiles(classes).filter(c -> !c.name.startsWith(ADAPTER))
                .filter(c -> c.mentions("io/vertx/")).map(c -> c.name).toList();
        List<String> adapterClients = classFiles(classes).filter(c -> c.name.startsWith(ADAPTER))
                .filter(c -> c.mentions("io/vertx/redis/")).map(c -> c.name).toList();

        assertThat(offenders).as("classes outside %s that reference Vert.x types: go through IdentifierStore, or move "
                + "the code into the adapter package", ADAPTER).isEmpty();
        assertThat(adapterClients).as("the scan sees the adapter's references").isNotEmpty();
    }

    private static Stream<ClassFile> classFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> new ClassFile(root.relativize(f).toString().replace('\\', '/'), read(f))).toList().stream();
        }
    }

    private static String read(Path file) {
        try {
            // Class names sit in the constant pool as modified UTF-8: ISO-8859-1 keeps their ASCII bytes searchable.
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record ClassFile(String name, String bytes) {
        boolean mentions(String prefix) {
            return bytes.contains(prefix);
        }
    }
}
