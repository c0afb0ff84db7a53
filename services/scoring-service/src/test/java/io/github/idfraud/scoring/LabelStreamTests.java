package io.github.idfraud.scoring;

import static io.github.idfraud.scoring.EventApiTests.BANK_A;
import static io.github.idfraud.scoring.EventApiTests.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.idfraud.contract.LabelEntrySignature;
import io.github.idfraud.contract.LabelSource;
import io.github.idfraud.contract.LabelValue;
import io.github.idfraud.contract.StreamedLabel;
import io.github.idfraud.features.Feature;
import io.github.idfraud.features.FeatureEngine;
import io.github.idfraud.features.Pseudonymiser;
import io.github.idfraud.scoring.intake.LabelStreamConsumer;
import io.github.idfraud.scoring.service.KeyedEventReference;
import io.github.idfraud.testsupport.RedisTestResource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.stream.StreamRange;
import io.quarkus.redis.datasource.stream.XGroupCreateArgs;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.redis.client.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(RedisTestResource.class)
class LabelStreamTests {

    private static final String STREAM = "test-fraud-labels";
    private static final String GROUP = "scoring-service";

    @Inject
    RedisDataSource redis;

    @Inject
    LabelStreamConsumer consumer;

    @Inject
    FeatureEngine engine;

    @Inject
    Pseudonymiser pseudonymiser;

    @Inject
    MeterRegistry meters;

    @Test
    void aLabelOnTheStreamFeedsTheFeaturesOfLaterEvents() throws InterruptedException {
        Instant at = Instant.parse("2026-11-23T12:00:00Z");
        String device = Bodies.id("dev-stream");
        String eventId = payeeAddedFrom(device, at);

        redis.stream(String.class).xadd(STREAM, SignedLabelEntries.of(fraudLabel(eventId, at)));

        double linked = 0;
        for (int attempt = 0; attempt < 50 && linked < 1; attempt++) {
            Thread.sleep(200);
            linked = linkedFraudLabels(device, at);
        }
        assertThat(linked).isEqualTo(1.0);
    }

    @Test
    void aLabelNamingItsEventByTheAlertsReferenceFeedsTheFeaturesAndOneOfAnotherKeyIsNot() throws InterruptedException {
        Instant at = Instant.parse("2026-11-23T13:00:00Z");
        String device = Bodies.id("dev-ref");
        String eventId = payeeAddedFrom(device, at);
        String eventRef = KeyedEventReference.of(pseudonymiser, pseudonymiser.eventReference("bank-a", eventId)).toString();
        String otherDevice = Bodies.id("dev-ref-other");
        String otherEventId = payeeAddedFrom(otherDevice, at);
        String unknownKeyRef = "AAAAAAAA." + pseudonymiser.eventReference("bank-a", otherEventId);

        redis.stream(String.class).xadd(STREAM, SignedLabelEntries.of(new StreamedLabel("bank-a", unknownKeyRef, null,
                LabelValue.FRAUD, at.plus(Duration.ofHours(1)), LabelSource.CONSUMER)));
        redis.stream(String.class).xadd(STREAM, SignedLabelEntries.of(new StreamedLabel("bank-a", eventRef, null,
                LabelValue.FRAUD, at.plus(Duration.ofHours(1)), LabelSource.CONSUMER)));

        double linked = 0;
        for (int attempt = 0; attempt < 50 && linked < 1; attempt++) {
            Thread.sleep(200);
            linked = linkedFraudLabels(device, at);
        }
        assertThat(linked).isEqualTo(1.0);
        assertThat(linkedFraudLabels(otherDevice, at)).as("a reference no configured key made").isZero();
    }

    @Test
    void entriesNotSignedByTheCaseServiceAreDroppedCountedAndNeverApplied() throws InterruptedException {
        Instant at = Instant.parse("2026-11-23T16:00:00Z");
        String device = Bodies.id("dev-forged");
        String eventId = payeeAddedFrom(device, at);
        double droppedBefore = droppedUnauthenticated();
        String line = fraudLabel(eventId, at);
        LabelEntrySignature anotherKey = LabelEntrySignature.fromContactKey("bm90LXRoZS1jYXNlLXNlcnZpY2VzLWtleS0zMmJ5dGU=");

        redis.stream(String.class).xadd(STREAM, Map.of("v", "1", "label", line));
        redis.stream(String.class).xadd(STREAM, Map.of("v", "1", "label", line, "sig", anotherKey.sign("1", line)));
        String signedForAnotherLine = SignedLabelEntries.signature().sign("1", fraudLabel(Bodies.id("other"), at));
        redis.stream(String.class).xadd(STREAM, Map.of("v", "1", "label", line, "sig", signedForAnotherLine));

        for (int attempt = 0; attempt < 50 && droppedUnauthenticated() < droppedBefore + 3; attempt++) {
            Thread.sleep(200);
        }
        assertThat(droppedUnauthenticated()).isEqualTo(droppedBefore + 3);
        assertThat(linkedFraudLabels(device, at)).as("none of them applied").isZero();
    }

    /** A scored event from {@code device}: a label about it links to the device. */
    private static String payeeAddedFrom(String device, Instant at) {
        String eventId = Bodies.id("payee");
        post(BANK_A, "/v1/events", Bodies.payee(eventId, at, Bodies.id("c"), device, Bodies.id("mule"))).statusCode(200);
        return eventId;
    }

    private double droppedUnauthenticated() {
        var counter = meters.find("fraud.label.entries.dropped").tag("reason", "unauthenticated").counter();
        return counter == null ? 0 : counter.count();
    }

    /** Appends an entry (ARGV[3...]) and reads for consumer ARGV[2] of group ARGV[1]: its id, and the ids read. */
    private static final String APPEND_AND_READ = """
            local id = redis.call('XADD', KEYS[1], '*', unpack(ARGV, 3))
            local read = redis.call('XREADGROUP', 'GROUP', ARGV[1], ARGV[2], 'COUNT', 100, 'STREAMS', KEYS[1], '>')
            local ids = {}
            for _, entry in ipairs(read[1][2]) do ids[#ids + 1] = entry[1] end
            return {id, ids}""";

    @Test
    void labelsADeadConsumerReadButNeverAcknowledgedAreTakenOverAppliedAndAcknowledged() {
        Instant at = Instant.parse("2026-11-23T14:00:00Z");
        String device = Bodies.id("dev-dead");
        String eventId = payeeAddedFrom(device, at);
        groupExists();

        // Appending and reading in one script: the live consumer cannot take the entry before the dead one. (Not
        // MULTI/EXEC, which the cluster client refuses; the script names one key, so it runs on a cluster too.)
        String deadConsumer = Bodies.id("dead-consumer");
        List<String> call = new ArrayList<>(List.of(APPEND_AND_READ, "1", STREAM, GROUP, deadConsumer));
        SignedLabelEntries.of(fraudLabel(eventId, at)).forEach((field, value) -> {
            call.add(field);
            call.add(value);
        });
        Response result = redis.execute("EVAL", call.toArray(String[]::new));
        String entryId = result.get(0).toString();
        List<String> takenByTheDead = new ArrayList<>();
        result.get(1).forEach(id -> takenByTheDead.add(id.toString()));
        assertThat(takenByTheDead).contains(entryId);
        assertThat(linkedFraudLabels(device, at)).as("nobody applied the label yet").isZero();

        // The consumer "dies" here; a surviving instance takes its entries over.
        int handled = consumer.reclaim(Duration.ZERO).await().atMost(Duration.ofSeconds(30));

        assertThat(handled).isGreaterThanOrEqualTo(1);
        assertThat(linkedFraudLabels(device, at)).isEqualTo(1.0);
        assertThat(redis.stream(String.class).xpending(STREAM, GROUP, StreamRange.of(entryId, entryId), 10)).isEmpty();
    }

    private static String fraudLabel(String eventId, Instant at) {
        return """
                {"tenant":"bank-a","label":{"eventId":"%s","label":"FRAUD","reportedAt":"%s","source":"CONSUMER"}}
                """.formatted(eventId, at.plus(Duration.ofHours(1)));
    }

    /** A later login from the device: how many fraud labels are linked to it (exactly; a bank sees bands). */
    private double linkedFraudLabels(String device, Instant at) {
        return RawFeatures.of(engine, "bank-a", Bodies.login(Bodies.id("login"), at.plus(Duration.ofHours(2)),
                Bodies.id("c"), device, "203.0.113.50", 51.5, -0.1)).get(Feature.DEVICE_FRAUD_LABELS_90D);
    }

    /** The consumer creates its group when it starts; this test may run first. */
    private void groupExists() {
        try {
            redis.stream(String.class).xgroupCreate(STREAM, GROUP, "0", new XGroupCreateArgs().mkstream());
        } catch (RuntimeException e) {
            if (e.getMessage() == null || !e.getMessage().contains("BUSYGROUP")) {
                throw e;
            }
        }
    }
}
