package io.github.idfraud.features;

import static io.github.idfraud.features.RedisFixture.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.idfraud.contract.EventLogLine;
import io.github.idfraud.contract.EventLogReader;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Replays {@code golden-vector-log.jsonl} (a stolen identity used at two banks, then an account takeover; the story
 * and the reasoning behind many values are in {@code golden-vector.md}) through the real engine and Redis, and checks
 * every {@link Feature}, by name, of each checkpoint event against {@code golden-vector-expected.json}. A feature
 * whose value changes, or a new feature without an expected value, fails here; the values this run computed are
 * written to {@code target/golden-vector-actual.json} for comparison.
 */
class GoldenVectorTests {

    private static final String LOG = "golden-vector-log.jsonl";
    private static final String EXPECTED = "golden-vector-expected.json";
    private static final Path ACTUAL = Path.of("target", "golden-vector-actual.json");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final RedisFixture redis = new RedisFixture();

    @AfterEach
    void cleanUp() {
        redis.close();
    }

    @Test
    void everyFeatureOfTheCheckpointEventsKeepsItsCommittedValue() throws Exception {
        Map<String, Map<String, Double>> expected = expected();
        Map<String, Map<String, Double>> actual = replay(expected.keySet());
        Files.createDirectories(ACTUAL.getParent());
        JSON.writeValue(ACTUAL.toFile(), actual);

        SoftAssertions softly = new SoftAssertions();
        Set<String> names = Arrays.stream(Feature.values()).map(Feature::name).collect(Collectors.toSet());
        for (var checkpoint : expected.entrySet()) {
            String event = checkpoint.getKey();
            Map<String, Double> values = checkpoint.getValue();
            softly.assertThat(actual).as("checkpoint event %s is in %s", event, LOG).containsKey(event);
            for (Feature feature : Feature.values()) {
                if (!values.containsKey(feature.name())) {
                    softly.fail("no expected value for %s at checkpoint %s: add it to %s (this run's values are in %s)",
                            feature.name(), event, EXPECTED, ACTUAL.toAbsolutePath());
                } else if (actual.containsKey(event)) {
                    softly.assertThat(actual.get(event).get(feature.name())).as("%s at %s", feature.name(), event)
                            .isCloseTo(values.get(feature.name()), within(1e-9));
                }
            }
            Set<String> unknown = new TreeSet<>(values.keySet());
            unknown.removeAll(names);
            softly.assertThat(unknown).as("expected values of features that do not exist (renamed?) at %s", event).isEmpty();
        }
        softly.assertAll();
    }

    @Test
    void theLogGivesEveryFeatureAValueThatSaysSomethingHappened() throws IOException {
        Map<String, Map<String, Double>> expected = expected();
        for (Feature feature : Feature.values()) {
            assertThat(expected.values().stream().map(v -> v.get(feature.name()))
                    .anyMatch(v -> v != null && feature.isInformative(v)))
                    .as("%s is never exercised by %s: extend the log and add a checkpoint", feature.name(), LOG)
                    .isTrue();
        }
    }

    /** Replays the whole log in order; labels reach the identifiers of the event they name, at their reportedAt. */
    private Map<String, Map<String, Double>> replay(Set<String> checkpoints) throws IOException, URISyntaxException {
        Map<String, Map<String, Double>> features = new LinkedHashMap<>();
        Map<String, IdentityKeys> idsByEvent = new HashMap<>();
        Path log = Path.of(GoldenVectorTests.class.getResource(LOG).toURI());
        try (Stream<EventLogLine> lines = new EventLogReader().lines(log)) {
            for (EventLogLine line : (Iterable<EventLogLine>) lines::iterator) {
                if (line.isEvent()) {
                    FeatureResult result = await(redis.engine.process(line.tenant(), line.event()));
                    idsByEvent.put(line.tenant() + "/" + line.event().eventId(), result.identityKeys());
                    if (checkpoints.contains(line.event().eventId())) {
                        features.put(line.event().eventId(), byName(result.features()));
                    }
                } else {
                    IdentityKeys ids = idsByEvent.get(line.tenant() + "/" + line.label().eventId());
                    assertThat(ids).as("label for an event earlier in the log: %s", line.label().eventId()).isNotNull();
                    await(redis.engine.applyLabel(line.tenant(), ids, line.label()));
                }
            }
        }
        return features;
    }

    private static Map<String, Double> byName(FeatureVector vector) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (Feature feature : Feature.values()) {
            values.put(feature.name(), vector.get(feature));
        }
        return values;
    }

    private static Map<String, Map<String, Double>> expected() throws IOException {
        try (InputStream in = GoldenVectorTests.class.getResourceAsStream(EXPECTED)) {
            assertThat(in).as(EXPECTED + " on the test classpath").isNotNull();
            return JSON.readValue(in, new TypeReference<LinkedHashMap<String, Map<String, Double>>>() { });
        }
    }
}
