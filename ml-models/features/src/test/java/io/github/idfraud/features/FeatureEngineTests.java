package io.github.idfraud.features;

import static io.github.idfraud.features.RedisFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.idfraud.contract.Event;
import io.github.idfraud.contract.Label;
import io.github.idfraud.contract.LabelSource;
import io.github.idfraud.contract.LabelValue;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FeatureEngineTests {

    private static final String TENANT = "bank-a";
    private static final Instant T0 = Instant.parse("2026-11-02T10:00:00Z");

    private final RedisFixture redis = new RedisFixture();

    @AfterEach
    void cleanUp() {
        redis.close();
    }

    private FeatureVector score(Event event) {
        return score(TENANT, event);
    }

    private FeatureVector score(String tenant, Event event) {
        return await(redis.engine.process(tenant, event)).features();
    }

    @Test
    void sixthApplicationWithOneNationalIdWithinTwoHoursCountsSixAndSixEmails() {
        FeatureVector sixth = null;
        for (int i = 0; i < 6; i++) {
            String tenant = i % 2 == 0 ? "bank-a" : "bank-b";
            sixth = score(tenant, Events.opening(T0.plus(Duration.ofMinutes(20L * i)), "AB123456C",
                    "applicant" + i + "@example.com", "+4477009000" + (10 + i), "dev-" + i));
        }
        assertThat(sixth.get(Feature.NATIONAL_ID_APPLICATIONS_24H)).isEqualTo(6);
        assertThat(sixth.get(Feature.NATIONAL_ID_APPLICATIONS_30D)).isEqualTo(6);
        assertThat(sixth.get(Feature.NATIONAL_ID_DISTINCT_EMAILS_30D)).isEqualTo(6);
        assertThat(sixth.get(Feature.NATIONAL_ID_DISTINCT_DEVICES_30D)).isEqualTo(6);
        assertThat(sixth.get(Feature.NATIONAL_ID_DISTINCT_ADDRESSES_30D)).isEqualTo(1);
        assertThat(sixth.get(Feature.NATIONAL_ID_BANKS_7D)).isEqualTo(2);

        FeatureVector later = score(Events.opening(T0.plus(Duration.ofHours(25)), "AB 123 456 C", "late@example.com", null, null));
        assertThat(later.get(Feature.NATIONAL_ID_APPLICATIONS_24H)).isEqualTo(1);
        assertThat(later.get(Feature.NATIONAL_ID_APPLICATIONS_7D)).isEqualTo(7);
    }

    @Test
    void outOfOrderEventLandsInTheBucketOfItsOwnTime() {
        score(Events.login(T0, "c-1", "dev-1", "203.0.113.7", 51.5, -0.12, true));
        score(Events.login(T0.plus(Duration.ofHours(2)), "c-1", "dev-1", "203.0.113.7", 51.5, -0.12, true));

        FeatureVector late = score(Events.login(T0.plus(Duration.ofMinutes(5)), "c-1", "dev-1", "203.0.113.7", 51.5, -0.12, true));
        assertThat(late.get(Feature.DEVICE_EVENTS_1H)).as("sees 10:00 and itself, not 12:00").isEqualTo(2);

        FeatureVector next = score(Events.login(T0.plus(Duration.ofMinutes(121)), "c-1", "dev-1", "203.0.113.7", 51.5, -0.12, true));
        assertThat(next.get(Feature.DEVICE_EVENTS_1H)).as("the late 10:05 event is not in the 12:01 hour").isEqualTo(2);
        assertThat(next.get(Feature.DEVICE_EVENTS_24H)).isEqualTo(4);
    }

    @Test
    void labelCountsOnlyFromItsReportedTime() {
        Event fraud = Events.transfer(T0, "c-9", "dev-shared", "mule-1", "900.00");
        var fraudKeys = await(redis.engine.process(TENANT, fraud)).identityKeys();
        assertThat(score(Events.transfer(T0.plus(Duration.ofDays(4)), "c-2", "dev-shared", "mule-1", "10.00"))
                .get(Feature.DEVICE_FRAUD_LABELS_90D)).isZero();

        await(redis.engine.applyLabel(TENANT, fraudKeys,
                new Label(fraud.eventId(), LabelValue.FRAUD, T0.plus(Duration.ofDays(10)), LabelSource.CHARGEBACK)));

        FeatureVector before = score(Events.transfer(T0.plus(Duration.ofDays(8)), "c-3", "dev-shared", "mule-1", "10.00"));
        assertThat(before.get(Feature.DEVICE_FRAUD_LABELS_90D)).as("event before reportedAt").isZero();
        assertThat(before.get(Feature.COUNTERPARTY_FRAUD_LABELS_90D)).isZero();

        FeatureVector after = score(Events.transfer(T0.plus(Duration.ofDays(11)), "c-4", "dev-shared", "mule-1", "10.00"));
        assertThat(after.get(Feature.DEVICE_FRAUD_LABELS_90D)).isEqualTo(1);
        assertThat(after.get(Feature.COUNTERPARTY_FRAUD_LABELS_90D)).isEqualTo(1);

        await(redis.engine.applyLabel(TENANT, fraudKeys,
                new Label(fraud.eventId(), LabelValue.LEGIT, T0.plus(Duration.ofDays(12)), LabelSource.CASE)));
        assertThat(score(Events.transfer(T0.plus(Duration.ofDays(13)), "c-5", "dev-shared", "mule-1", "10.00"))
                .get(Feature.DEVICE_FRAUD_LABELS_90D)).as("withdrawn by a LEGIT label").isZero();
    }

    @Test
    void accountTakeoverChainIsVisibleAsFeatures() {
        Instant day = T0.minus(Duration.ofDays(14));
        for (int i = 0; i < 14; i++) {
            score(Events.login(day.plus(Duration.ofDays(i)), "c-ato", "own-phone", "203.0.113.7", 51.50, -0.12, true));
            score(Events.transfer(day.plus(Duration.ofDays(i)).plusSeconds(60), "c-ato", "own-phone", "grocer", "40.00"));
        }
        score(Events.login(T0.minus(Duration.ofHours(1)), "c-ato", "own-phone", "203.0.113.7", 51.50, -0.12, true));
        FeatureVector login = score(Events.login(T0, "c-ato", "attacker-laptop", "192.0.2.66", 6.52, 3.37, true));
        assertThat(login.get(Feature.CUSTOMER_NEW_DEVICE)).isEqualTo(1);
        assertThat(login.get(Feature.IMPOSSIBLE_TRAVEL)).isEqualTo(1);
        assertThat(login.get(Feature.DISTANCE_FROM_LAST_LOCATION_KM)).isGreaterThan(4000);

        FeatureVector change = score(Events.emailChange(T0.plus(Duration.ofMinutes(4)), "c-ato", "attacker-laptop",
                "victim@example.com", "new-owner@example.net"));
        assertThat(change.get(Feature.HOURS_SINCE_NEW_DEVICE)).isLessThan(0.1);
        assertThat(change.get(Feature.TAKEOVER_CHAIN_STEPS_24H)).isEqualTo(2);

        score(Events.payee(T0.plus(Duration.ofMinutes(8)), "c-ato", "attacker-laptop", "mule-77"));
        FeatureVector drain = score(Events.transfer(T0.plus(Duration.ofMinutes(12)), "c-ato", "attacker-laptop", "mule-77", "4800.00"));
        assertThat(drain.get(Feature.TAKEOVER_CHAIN_STEPS_24H)).isEqualTo(3);
        assertThat(drain.get(Feature.HOURS_SINCE_PAYEE_ADDED)).isLessThan(0.1);
        assertThat(drain.get(Feature.COUNTERPARTY_NEW_FOR_CUSTOMER)).isEqualTo(1);
        assertThat(drain.get(Feature.AMOUNT_TO_CUSTOMER_AVERAGE)).isEqualTo(120.0);
        assertThat(drain.get(Feature.CUSTOMER_TRANSACTIONS_30D)).isEqualTo(14);
    }

    @Test
    void failedLoginStreakEndsWithASuccess() {
        for (int i = 0; i < 3; i++) {
            score(Events.login(T0.plusSeconds(i), "c-7", "bot-" + i, "192.0.2.1", 0, 0, false));
        }
        FeatureVector success = score(Events.login(T0.plusSeconds(10), "c-7", "bot-9", "192.0.2.1", 0, 0, true));
        assertThat(success.get(Feature.CUSTOMER_FAILED_LOGIN_STREAK)).isEqualTo(3);
        assertThat(success.get(Feature.IP_FAILED_LOGINS_1H)).isEqualTo(3);
        assertThat(score(Events.login(T0.plusSeconds(20), "c-7", "bot-9", "192.0.2.1", 0, 0, true))
                .get(Feature.CUSTOMER_FAILED_LOGIN_STREAK)).isZero();
    }

    @Test
    void redisHoldsNoRawIdentifierAndEveryKeyExpires() {
        score(Events.opening(T0, "QQ123456Z", "Jane.Doe@Example.com", "+447700900777", "device-jane"));
        score(Events.login(T0.plusSeconds(60), "customer-jane", "device-jane", "203.0.113.99", 51.5, -0.1, true));
        String everything = redis.dump();
        assertThat(everything).isNotEmpty()
                .doesNotContain("QQ123456Z").doesNotContainIgnoringCase("jane.doe@example.com")
                .doesNotContain("447700900777").doesNotContain("device-jane").doesNotContain("203.0.113.99")
                .doesNotContain("customer-jane").doesNotContain("High Street");
        for (String key : redis.keys()) {
            long ttl = await(redis.redis.send(io.vertx.redis.client.Request.cmd(io.vertx.redis.client.Command.TTL).arg(key))).toLong();
            assertThat(ttl).as("TTL of %s", key).isPositive();
        }
        long now = System.currentTimeMillis() / 1000;
        assertThat(redis.stored()).isNotEmpty().allSatisfy((name, stored) -> assertThat(StateBuckets.deadline(stored))
                .as("deadline of %s", name).isGreaterThan(now).isLessThanOrEqualTo(now + Duration.ofDays(32).toSeconds() + 60)); // no labels here
    }
}
