package io.github.idfraud.scoring;

import static io.github.idfraud.scoring.EventApiTests.BANK_A;
import static io.github.idfraud.scoring.EventApiTests.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.idfraud.contract.ContactCipher;
import io.github.idfraud.contract.ContactDetails;
import io.github.idfraud.contract.ContractJson;
import io.github.idfraud.contract.Decision;
import io.github.idfraud.contract.DecisionType;
import io.github.idfraud.contract.EventType;
import io.github.idfraud.contract.Event;
import io.github.idfraud.contract.RedisKeys;
import io.github.idfraud.features.EngineSettings;
import io.github.idfraud.features.FeatureEngine;
import io.github.idfraud.features.IdentifierExtractor;
import io.github.idfraud.features.IdentifierKind;
import io.github.idfraud.features.Pseudonymiser;
import io.github.idfraud.features.StateBuckets;
import io.github.idfraud.features.redis.RedisIdentifierStore;
import io.github.idfraud.features.redis.RetiredStateValues;
import io.github.idfraud.scoring.redis.OrderedRedisConnection;
import io.github.idfraud.scoring.redis.Pipelines;
import io.github.idfraud.scoring.redis.Primaries;
import io.github.idfraud.scoring.service.ContactVault;
import io.github.idfraud.scoring.service.FeatureWindows;
import io.github.idfraud.scoring.service.StoredEvent;
import io.github.idfraud.testsupport.RedisTestResource;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The scoring service inside a pseudonymisation-key rotation window (the test profile's key is the previous one here,
 * a new key current): it keeps answering, moves an identifier's feature values from the old pseudonym when it first
 * sees it, and still finds a verified contact kept under the old pseudonym; the re-key tool's rule then removes what
 * is left under the old key, by name.
 */
@QuarkusTest
@TestProfile(PseudonymisationWindowTests.Window.class)
@QuarkusTestResource(RedisTestResource.class)
class PseudonymisationWindowTests {

    static final String OLD_KEY = "test-only-pseudonymisation-key-not-secret-01";
    static final String NEW_KEY = "rotated-test-pseudonymisation-key-not-secret-02";
    private static final Pseudonymiser OLD = new Pseudonymiser(OLD_KEY);
    private static final Pseudonymiser NEW = new Pseudonymiser(NEW_KEY);
    private static final ContactCipher VAULT = new ContactCipher("dGVzdC1vbmx5LXZhdWx0LWtleS0zMi1ieXRlcy1ubyE=");
    private static final Instant START = Instant.parse("2026-11-01T09:00:00Z");

    public static class Window implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("fraud.pseudonymisation-key", NEW_KEY, "fraud.pseudonymisation-previous-key", OLD_KEY);
        }
    }

    @Inject
    OrderedRedisConnection commits;

    @Inject
    Pipelines pipelines;

    @Inject
    StateBuckets buckets;

    @Inject
    Primaries primaries;

    @Inject
    RedisDataSource data;

    @Inject
    ContactVault vault;

    @Inject
    FeatureWindows features;

    @Test
    void anIdentifierScoredBeforeTheRotationHasItsValueMovedToItsNewPseudonymWhileTheServiceAnswers() throws Exception {
        String customer = Bodies.id("customer");
        String body = Bodies.login(Bodies.id("login"), Instant.now().minus(Duration.ofHours(2)), customer, Bodies.id("dev"),
                "203.0.113.9", 51.5, -0.12);
        Event login = event(body);
        FeatureEngine before = scorerBeforeTheSwitch();
        before.process("bank-a", login).toCompletableFuture().get(10, TimeUnit.SECONDS);
        String oldValue = "test-ff:{c:" + pseudonym(OLD, login) + "}:s:" + OLD.keyId();
        String newValue = "test-ff:{c:" + pseudonym(NEW, login) + "}:s:" + NEW.keyId();
        assertThat(stored(oldValue)).isTrue();

        post(BANK_A, "/v1/events", Bodies.login(Bodies.id("login"), Instant.now().minus(Duration.ofHours(1)), customer,
                Bodies.id("dev"), "203.0.113.9", 51.5, -0.12)).statusCode(200);

        assertThat(stored(newValue)).as("moved to the new pseudonym").isTrue();
        assertThat(stored(oldValue)).as("and gone from the old one").isFalse();
    }

    /** Whether the identifier value of this name is in its bucket (ADR 0015). */
    private boolean stored(String valueName) {
        return data.hash(String.class).hexists(buckets.key(valueName), buckets.field(valueName));
    }

    /**
     * A scorer of the release before the rotation: the old key only, its commits sent as the service sends its own
     * (one per command on a Redis Cluster, where a batch must keep to one slot).
     */
    private FeatureEngine scorerBeforeTheSwitch() {
        return new FeatureEngine(new RedisIdentifierStore(commits::batch, buckets, pipelines.cluster()), OLD,
                EngineSettings.defaults("test-ff:"));
    }

    /** Scores {@code json} as the release before the rotation did (old key only) and stores its record; returns the record's key. */
    private String scoredBeforeTheSwitch(String eventId, String json) throws Exception {
        FeatureEngine before = scorerBeforeTheSwitch();
        var ids = before.process("bank-a", event(json)).toCompletableFuture().get(10, TimeUnit.SECONDS).identityKeys();
        StoredEvent record = new StoredEvent(new Decision(eventId, 0.1, DecisionType.ALLOW, List.of(), "before-the-switch",
                false, null), EventType.TRANSACTION, ids.asMap());
        String oldRecord = RedisKeys.eventRecord(OLD.eventReference("bank-a", eventId));
        data.value(String.class).setex(oldRecord, 600, ContractJson.newMapper().writeValueAsString(record));
        return oldRecord;
    }

    @Test
    void aRetryOfAnEventScoredBeforeTheSwitchGetsItsStoredAnswerNotASecondCount() throws Exception {
        String eventId = Bodies.id("tx");
        String body = Bodies.transfer(eventId, Instant.now().minus(Duration.ofHours(3)), Bodies.id("c"), Bodies.id("dev"),
                "shop-1", "10.00");
        String oldRecord = scoredBeforeTheSwitch(eventId, body);

        post(BANK_A, "/v1/events", body).statusCode(200).body("modelVersion", org.hamcrest.Matchers.equalTo("before-the-switch"));
        data.key().del(oldRecord);
    }

    @Test
    void aLabelForAnEventScoredBeforeTheSwitchStillFindsItsEventDuringTheWindow() throws Exception {
        String eventId = Bodies.id("tx");
        Instant at = Instant.now().minus(Duration.ofHours(3));
        String oldRecord = scoredBeforeTheSwitch(eventId,
                Bodies.transfer(eventId, at, Bodies.id("c"), Bodies.id("dev"), "shop-1", "10.00"));

        post(BANK_A, "/v1/labels", """
                {"eventId":"%s","label":"FRAUD","reportedAt":"%s","source":"CHARGEBACK"}
                """.formatted(eventId, at.plus(Duration.ofHours(1)))).statusCode(202);
        post(BANK_A, "/v1/labels", """
                {"eventId":"%s","label":"FRAUD","reportedAt":"%s","source":"CHARGEBACK"}
                """.formatted(Bodies.id("never-sent"), at)).statusCode(404);
        data.key().del(oldRecord);
    }

    @Test
    void aVerifiedContactKeptUnderTheOldPseudonymIsStillFoundDuringTheWindow() throws Exception {
        String customer = Bodies.id("customer");
        Event payee = event(Bodies.payee(Bodies.id("payee"), START.plus(Duration.ofDays(1)), customer, Bodies.id("dev"), "p-1"));
        String oldPlace = RedisKeys.verifiedContact(pseudonym(OLD, payee), OLD.keyId());
        String sealed = VAULT.encrypt(ContractJson.newMapper().writeValueAsString(
                new ContactDetails("Vic", "kept-before@example.com", "+447700900456")), oldPlace);
        data.hash(String.class).hset(oldPlace, Map.of("cur", sealed, "curAt", Long.toString(START.getEpochSecond()),
                "since", "17532"));

        ContactDetails recipient = vault.recall("bank-a", payee, features.identify("bank-a", payee)).await().indefinitely();
        assertThat(recipient).isNotNull();
        assertThat(recipient.email()).isEqualTo("kept-before@example.com");
        data.key().del(oldPlace);
    }

    @Test
    void theReKeyToolsRuleRemovesVaultEntriesOfARetiredOrNoKeyIdAndKeepsTheCurrentOnes() {
        String tag = "zz" + UUID.randomUUID().toString().substring(0, 8);
        List<String> retired = List.of("ctv:{" + tag + "a}", "ctv:{" + tag + "b}:" + OLD.keyId(), "cth:{" + tag + "c}");
        List<String> kept = List.of("ctv:{" + tag + "d}:" + NEW.keyId(), "cth:{" + tag + "e}:" + NEW.keyId());
        retired.forEach(key -> data.value(String.class).setex(key, 600, "x"));
        kept.forEach(key -> data.value(String.class).setex(key, 600, "x"));

        long deleted = primaries.sum(connection -> {
            long here = 0;
            for (String family : List.of("ctv:{", "cth:{")) {
                here += RetiredStateValues.delete(connection, family + tag + "*", "", NEW.keyId());
            }
            return here;
        });
        assertThat(deleted).isEqualTo(3);
        assertThat(retired).noneMatch(key -> data.key().exists(key));
        assertThat(kept).allMatch(key -> data.key().exists(key));
        kept.forEach(key -> data.key().del(key));
    }

    private static String pseudonym(Pseudonymiser key, Event event) {
        return new IdentifierExtractor(key).extract("bank-a", event).get(IdentifierKind.CUSTOMER);
    }

    private static Event event(String json) {
        try {
            return ContractJson.newMapper().readValue(json, Event.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
