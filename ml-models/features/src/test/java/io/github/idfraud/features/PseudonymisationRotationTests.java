package io.github.idfraud.features;

import static io.github.idfraud.features.RedisFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.idfraud.contract.Event;
import io.github.idfraud.contract.Label;
import io.github.idfraud.contract.LabelSource;
import io.github.idfraud.contract.LabelValue;
import io.github.idfraud.features.redis.RetiredStateValues;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Rotating the pseudonymisation key on a real Redis (docs/operations.md, "Rotating the pseudonymisation key"): scorers
 * with the new key and the old one as previous read and move each identifier's history when they first see it, exactly
 * once however many move it at once; the re-key tool then deletes everything left under the old key, by name.
 */
class PseudonymisationRotationTests {

    private static final String OLD = "old-pseudonymisation-secret-for-rotation-01";
    private static final String NEW = "new-pseudonymisation-secret-for-rotation-02";
    private static final String TENANT = "bank-a";
    private static final String NATIONAL_ID = IdentifierKind.NATIONAL_ID.code();
    private static final Instant T0 = Instant.parse("2026-11-02T10:00:00Z");

    private final RedisFixture redis = new RedisFixture();
    private final String oldKeyId = new Pseudonymiser(OLD).keyId();
    private final String newKeyId = new Pseudonymiser(NEW).keyId();

    @AfterEach
    void cleanUp() {
        redis.close();
    }

    /** One scorer (its own cache, as a pod has) with the given keys. */
    private FeatureEngine scorer(String key, String previousKey) {
        return new FeatureEngine(redis.store(), new Pseudonymiser(key, previousKey),
                EngineSettings.defaults(redis.prefix));
    }

    private static double applications(FeatureEngine scorer, String nationalId, int minute) {
        return await(scorer.process(TENANT, Events.opening(T0.plus(Duration.ofMinutes(minute)), nationalId,
                "a" + minute + "@example.com", "+447700900" + (100 + minute), "dev-" + minute)))
                .features().get(Feature.NATIONAL_ID_APPLICATIONS_24H);
    }

    private List<String> keysUnder(String keyId) {
        return redis.valueNames().stream().filter(key -> key.endsWith("}:s:" + keyId)).toList();
    }

    @Test
    void everyValueIsNamedAfterTheKeyThatMadeItsPseudonym() {
        applications(scorer(OLD, null), "AB123456C", 0);
        assertThat(redis.valueNames()).isNotEmpty().allMatch(key -> key.endsWith("}:s:" + oldKeyId));
        assertThat(oldKeyId).isNotEqualTo(newKeyId);
    }

    @Test
    void duringTheWindowOldHistoryIsReadAndMovedToTheNewPseudonym() {
        FeatureEngine before = scorer(OLD, null);
        for (int i = 0; i < 3; i++) {
            applications(before, "AB123456C", i);
        }
        FeatureEngine during = scorer(NEW, OLD);
        assertThat(applications(during, "AB123456C", 10)).as("three old applications and this one").isEqualTo(4);
        assertThat(applications(scorer(NEW, OLD), "AB123456C", 11)).as("another pod, cold cache").isEqualTo(5);
        assertThat(keysUnder(oldKeyId)).as("moved, not copied")
                .noneMatch(key -> key.startsWith(redis.prefix + "{" + NATIONAL_ID + ":"));
        assertThat(keysUnder(newKeyId)).anyMatch(key -> key.startsWith(redis.prefix + "{" + NATIONAL_ID + ":"));
    }

    @Test
    void scorersMovingOneIdentifierAtOnceMoveItExactlyOnceAndLoseNoEvent() {
        FeatureEngine before = scorer(OLD, null);
        for (int i = 0; i < 5; i++) {
            applications(before, "QQ123456C", i);
        }
        List<FeatureEngine> pods = List.of(scorer(NEW, OLD), scorer(NEW, OLD), scorer(NEW, OLD));
        List<CompletableFuture<FeatureResult>> inFlight = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            inFlight.add(pods.get(i % pods.size()).process(TENANT, Events.opening(T0.plus(Duration.ofMinutes(10 + i)),
                    "QQ123456C", "c" + i + "@example.com", "+447700901" + (100 + i), "dev-c" + i)).toCompletableFuture());
        }
        inFlight.forEach(RedisFixture::await);
        assertThat(applications(scorer(NEW, null), "QQ123456C", 50)).as("5 before, 30 during, this one").isEqualTo(36);
    }

    @Test
    void afterReKeyingNothingUnderTheRetiredKeyIsLeftOrReadable() {
        FeatureEngine before = scorer(OLD, null);
        applications(before, "AB123456C", 0);
        applications(before, "ZZ999999Z", 1); // not seen during the window
        applications(scorer(NEW, OLD), "AB123456C", 10);
        assertThat(keysUnder(oldKeyId)).as("the unseen identifier's values").isNotEmpty();

        List<String> retired = keysUnder(oldKeyId);
        long deleted = redis.onEachPrimary(connection -> RetiredStateValues.delete(connection, redis.prefix, newKeyId));
        assertThat(deleted).as("the retired key's buckets (ADR 0015)")
                .isEqualTo(retired.stream().map(RedisFixture.BUCKETS::key).distinct().count());

        assertThat(keysUnder(oldKeyId)).isEmpty();
        assertThat(redis.valueNames()).allMatch(key -> key.endsWith("}:s:" + newKeyId));
        FeatureEngine after = scorer(NEW, null);
        assertThat(applications(after, "ZZ999999Z", 20)).as("nothing of the retired key is read").isEqualTo(1);
        assertThat(applications(after, "AB123456C", 21)).as("moved history stays").isEqualTo(3);
    }

    @Test
    void aLabelForAnEventScoredBeforeTheSwitchReachesItsIdentifiersAndMovesWithThem() {
        FeatureEngine before = scorer(OLD, null);
        Event fraud = Events.transfer(T0, "c-9", "dev-shared", "mule-1", "900.00");
        IdentityKeys storedWithTheEvent = await(before.process(TENANT, fraud)).identityKeys();

        FeatureEngine during = scorer(NEW, OLD);
        await(during.applyFormerLabel(TENANT, storedWithTheEvent,
                new Label(fraud.eventId(), LabelValue.FRAUD, T0.plus(Duration.ofDays(1)), LabelSource.CHARGEBACK)));

        FeatureVector after = await(during.process(TENANT, Events.transfer(T0.plus(Duration.ofDays(2)), "c-4",
                "dev-shared", "mule-1", "10.00"))).features();
        assertThat(after.get(Feature.DEVICE_FRAUD_LABELS_90D)).isEqualTo(1);
        assertThat(after.get(Feature.COUNTERPARTY_FRAUD_LABELS_90D)).isEqualTo(1);
    }
}
