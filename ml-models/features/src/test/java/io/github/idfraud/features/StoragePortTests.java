package io.github.idfraud.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The library talks to storage through {@link IdentifierStore}; Vert.x and its Redis client stay in one adapter package. */
class StoragePortTests {

    private static final String ADAPTER = "io/github/idfraud/features/redis/";
    private static final Instant T0 = Instant.parse("2026-11-02T10:00:00Z");

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

    @Test
    void aRefusedCommitIsAppliedAgainToTheWinningValueAndAStorageFailureFailsWithItsOwnCause() throws Exception {
        List<List<IdentifierStore.Commit>> calls = new ArrayList<>();
        IllegalStateException down = new IllegalStateException("storage is down");
        IdentifierStore storage = new IdentifierStore() {
            @Override
            public CompletionStage<Void> prepare() {
                return CompletableFuture.completedFuture(null);
            }

            @Override
            public CompletionStage<List<IdentifierStore.Reply>> commit(List<IdentifierStore.Commit> commits,
                                                                       boolean grouped) {
                calls.add(commits);
                if (calls.size() > 2) {
                    return CompletableFuture.failedFuture(down);
                }
                // First call: another writer got to the customer first and it already counts one event.
                IdentifierState winner = new IdentifierState(0);
                winner.count(Metric.EVENTS, 1, T0.getEpochSecond());
                byte[] won = StateCodec.encode(winner, 42);
                return CompletableFuture.completedFuture(commits.stream()
                        .map(c -> calls.size() == 1 && c.key().contains("{c:")
                                ? IdentifierStore.Reply.refused(won) : IdentifierStore.Reply.APPLIED)
                        .toList());
            }
        };
        FeatureEngine engine = new FeatureEngine(storage, new Pseudonymiser(RedisFixture.SECRET),
                EngineSettings.defaults("port:"));

        FeatureVector first = engine.process("bank-a", Events.login(T0, "c-1", "dev-1", "203.0.113.7", 51.5, -0.12, true))
                .toCompletableFuture().get().features();
        Throwable failed = catchThrowable(() -> engine.process("bank-a",
                Events.login(T0.plusSeconds(1), "c-1", "dev-1", "203.0.113.7", 51.5, -0.12, true)).toCompletableFuture().get());

        assertThat(first.get(Feature.CUSTOMER_EVENTS_1H)).isEqualTo(2);
        assertThat(calls.get(1)).singleElement().satisfies(retry -> {
            assertThat(retry.key()).contains("{c:");
            assertThat(retry.expectedVersion()).isEqualTo(StateCodec.versionBytes(42));
        });
        assertThat(engine.conflictRetries()).isEqualTo(1);
        assertThat(failed).isInstanceOf(ExecutionException.class).cause().isSameAs(down);
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
