package io.github.idfraud.features;

import static io.github.idfraud.features.RedisFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.idfraud.contract.Channel;
import io.github.idfraud.contract.Device;
import io.github.idfraud.contract.Event;
import io.github.idfraud.contract.EventType;
import io.github.idfraud.contract.Label;
import io.github.idfraud.contract.LabelSource;
import io.github.idfraud.contract.LabelValue;
import io.github.idfraud.contract.Transaction;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An event processed again after an attempt that committed its identifiers and died before its answer was stored (the
 * bank's retry once the claim expired, ADR 0011): it lands at most once on each identifier, and still gets features.
 */
class RetriedEventTests {

    private static final String TENANT = "bank-a";
    private static final Instant T0 = Instant.parse("2026-11-02T10:00:00Z");
    /**
     * What the retry of this payment reads differently from its first attempt: reads meant to come before the event's
     * own writes now see the event (its amount, hour, category, the new-device mark it set), as the value cannot tell
     * what it held before. Every count read after the writes, and whether the device or counterparty is new, is the same.
     */
    private static final Set<Feature> READ_BEFORE_ITS_WRITES = EnumSet.of(
            Feature.CUSTOMER_TRANSACTIONS_30D, Feature.AMOUNT_TO_CUSTOMER_AVERAGE,
            Feature.AMOUNT_TO_CUSTOMER_MEDIAN_30D, Feature.AMOUNT_TO_CUSTOMER_MEDIAN_90D,
            Feature.AMOUNT_DEVIATION_30D, Feature.AMOUNT_DEVIATION_90D, Feature.CUSTOMER_NEW_MERCHANT_CATEGORY,
            Feature.HOUR_UNUSUAL_FOR_CUSTOMER, Feature.HOURS_SINCE_NEW_DEVICE, Feature.DAYS_SINCE_NEW_DEVICE);

    private final RedisFixture redis = new RedisFixture();

    @AfterEach
    void cleanUp() {
        redis.close();
    }

    @Test
    void anEventProcessedAgainByARestartedScorerChangesNoIdentifierAndStillGetsItsFeatures() {
        history();
        Event payment = smallCardTransfer("pay-1", T0, "dev-new");
        FeatureVector first = process(redis.engine, payment);
        Map<String, String> committed = values();

        // A new process: nothing cached, so every identifier is taken as new, refused, and read from Redis.
        FeatureEngine restarted = redis.anotherEngine(EngineSettings.defaults(redis.prefix));
        FeatureVector retried = process(restarted, payment);

        assertThat(values()).as("no identifier value changed, not even its version").isEqualTo(committed);
        assertThat(committed.keySet().stream().map(key -> key.charAt(redis.prefix.length() + 1)).distinct())
                .as("customer, device, IP, counterparty, payee account and card values")
                .containsExactlyInAnyOrder('c', 'd', 'i', 'x', 'y', 'k');
        Set<Feature> differing = EnumSet.noneOf(Feature.class);
        for (Feature feature : Feature.values()) {
            if (retried.get(feature) != first.get(feature)) {
                differing.add(feature);
            }
        }
        assertThat(differing).as("features that read before the event's writes, and only those")
                .isEqualTo(READ_BEFORE_ITS_WRITES);
        assertThat(retried.get(Feature.CUSTOMER_EVENTS_1H)).isEqualTo(3);
        assertThat(retried.get(Feature.CARD_SMALL_AMOUNTS_10M)).isEqualTo(1);
        assertThat(retried.get(Feature.PAYEE_ACCOUNT_DISTINCT_CUSTOMERS_7D)).isEqualTo(1);
        assertThat(retried.get(Feature.CUSTOMER_NEW_DEVICE)).as("new at its first attempt, still new").isEqualTo(1);
        assertThat(retried.get(Feature.COUNTERPARTY_NEW_FOR_CUSTOMER)).isEqualTo(1);
        assertThat(first.get(Feature.CUSTOMER_TRANSACTIONS_30D)).isEqualTo(1);
        assertThat(retried.get(Feature.CUSTOMER_TRANSACTIONS_30D)).as("a prior count that now sees the event itself")
                .isEqualTo(2);
    }

    @Test
    void anEventProcessedAgainByTheSameScorerCountsOnce() {
        history();
        Event payment = smallCardTransfer("pay-1", T0, "dev-1");
        process(redis.engine, payment);
        Map<String, String> committed = values();

        FeatureVector retried = process(redis.engine, payment);

        assertThat(values()).isEqualTo(committed);
        assertThat(retried.get(Feature.DEVICE_EVENTS_1H)).isEqualTo(3);
        assertThat(retried.get(Feature.DEVICE_SMALL_AMOUNTS_10M)).isEqualTo(1);
    }

    @Test
    void anotherEventIdWithTheSameContentCountsOnceMore() {
        history();
        FeatureVector first = process(redis.engine, smallCardTransfer("pay-1", T0, "dev-new"));
        process(redis.engine, smallCardTransfer("pay-1", T0, "dev-new"));

        FeatureVector twin = process(redis.engine, smallCardTransfer("pay-2", T0, "dev-new"));

        for (Feature feature : EnumSet.of(Feature.CUSTOMER_EVENTS_1H, Feature.CUSTOMER_EVENTS_24H, Feature.DEVICE_EVENTS_1H,
                Feature.IP_EVENTS_1H, Feature.COUNTERPARTY_EVENTS_24H, Feature.CARD_SMALL_AMOUNTS_10M,
                Feature.CUSTOMER_SMALL_AMOUNTS_10M, Feature.DEVICE_SMALL_AMOUNTS_1H)) {
            assertThat(twin.get(feature)).as(feature.name()).isEqualTo(first.get(feature) + 1);
        }
        assertThat(twin.get(Feature.CUSTOMER_TRANSACTIONS_30D)).isEqualTo(first.get(Feature.CUSTOMER_TRANSACTIONS_30D) + 1);
        assertThat(twin.get(Feature.CUSTOMER_NEW_DEVICE)).as("seen by the first event").isZero();
    }

    /** Documented limit: an identifier forgets an event once it lies more than the window behind its newest event. */
    @Test
    void aRetryMoreThanTheWindowBehindTheIdentifiersNewestEventCountsAgain() {
        Event a = login("login-a", T0);
        process(redis.engine, a);
        process(redis.engine, login("login-b", T0.plus(Duration.ofMinutes(10))));
        process(redis.engine, a); // 10 minutes behind the newest: remembered, not counted
        process(redis.engine, login("login-c", T0.plus(Duration.ofMinutes(20))));
        process(redis.engine, a); // 20 minutes behind: forgotten, counted again

        FeatureVector next = process(redis.engine, login("login-d", T0.plus(Duration.ofMinutes(21))));

        assertThat(next.get(Feature.CUSTOMER_EVENTS_24H)).as("a, b, c, a again, d").isEqualTo(5);
        assertThat(next.get(Feature.DEVICE_EVENTS_24H)).isEqualTo(5);
    }

    /** Documented limit: an event arriving more than the window behind an identifier's newest is not remembered at all. */
    @Test
    void aLateEventMoreThanTheWindowBehindIsNotRememberedSoItsRetryCountsAgain() {
        process(redis.engine, login("login-new", T0));
        Event late = login("login-late", T0.minus(Duration.ofMinutes(30)));
        process(redis.engine, late);
        process(redis.engine, late);

        FeatureVector next = process(redis.engine, login("login-next", T0.plusSeconds(60)));

        assertThat(next.get(Feature.CUSTOMER_EVENTS_24H)).isEqualTo(4);
    }

    /** Documented limit: a busy identifier remembers only its latest events; quiet ones around it still count once. */
    @Test
    void aBusyIdentifierForgetsItsOldestEventsPastTheEntryCap() {
        FeatureEngine engine = redis.anotherEngine(EngineSettings.defaults(redis.prefix)
                .withRetryGuard(new RetryGuard(Duration.ofMinutes(15), 2)));
        Event first = Events.login(T0, "c-1", "dev-1", "192.0.2.200", 51.5, -0.12, true);
        process(engine, first);
        process(engine, Events.login(T0.plusSeconds(10), "c-2", "dev-2", "192.0.2.200", 51.5, -0.12, true));
        process(engine, Events.login(T0.plusSeconds(20), "c-3", "dev-3", "192.0.2.200", 51.5, -0.12, true));

        FeatureVector retried = process(engine, first);

        assertThat(retried.get(Feature.IP_EVENTS_1H)).as("the shared IP kept the later two only: counted again").isEqualTo(4);
        assertThat(retried.get(Feature.CUSTOMER_EVENTS_1H)).isEqualTo(1);
        assertThat(retried.get(Feature.DEVICE_EVENTS_1H)).isEqualTo(1);
    }

    @Test
    void aLabelAppliedTwiceCountsOnce() {
        Event fraud = Events.transfer(T0, "c-9", "dev-shared", "mule-1", "900.00");
        IdentityKeys keys = await(redis.engine.process(TENANT, fraud)).identityKeys();
        Label label = new Label(fraud.eventId(), LabelValue.FRAUD, T0.plus(Duration.ofDays(1)), LabelSource.CHARGEBACK);
        await(redis.engine.applyLabel(TENANT, keys, label));
        await(redis.engine.applyLabel(TENANT, keys, label));

        FeatureVector later = process(redis.engine, Events.transfer(T0.plus(Duration.ofDays(2)), "c-2", "dev-shared",
                "mule-1", "10.00"));

        assertThat(later.get(Feature.DEVICE_FRAUD_LABELS_90D)).isEqualTo(1);
        assertThat(later.get(Feature.COUNTERPARTY_FRAUD_LABELS_90D)).isEqualTo(1);
    }

    /** An established customer: a login and a payment yesterday, two logins in the last half hour, all on its own device. */
    private void history() {
        process(redis.engine, Events.login(T0.minus(Duration.ofHours(30)), "c-1", "dev-1", "198.51.100.9", 51.5, -0.12, true));
        process(redis.engine, Events.transfer(T0.minus(Duration.ofHours(29)), "c-1", "dev-1", "grocer", "40.00"));
        process(redis.engine, Events.login(T0.minus(Duration.ofMinutes(20)), "c-1", "dev-1", "198.51.100.9", 51.5, -0.12, true));
        process(redis.engine, Events.login(T0.minus(Duration.ofMinutes(10)), "c-1", "dev-1", "198.51.100.9", 51.5, -0.12, true));
    }

    private static Event smallCardTransfer(String id, Instant at, String device) {
        return new Event(id, EventType.TRANSACTION, at, "c-1", "acc-1", null, new Device(device, "198.51.100.9", "ua", null, null),
                null, null, null, new Transaction(new BigDecimal("3.00"), "GBP", Channel.TRANSFER, "mule-1", "5999", "card-1", null));
    }

    private static Event login(String id, Instant at) {
        return new Event(id, EventType.LOGIN, at, "c-1", "acc-1", null, new Device("dev-1", "203.0.113.7", "ua", 51.5, -0.12),
                new io.github.idfraud.contract.Login(true, io.github.idfraud.contract.LoginMethod.PASSWORD), null, null, null);
    }

    private static FeatureVector process(FeatureEngine engine, Event event) {
        return await(engine.process(TENANT, event)).features();
    }

    /** Every stored value under the fixture's prefix, bytes in hex (without the deadline, which moves with time), by name. */
    private Map<String, String> values() {
        Map<String, String> values = new TreeMap<>();
        redis.stored().forEach((name, stored) -> values.put(name, HexFormat.of().formatHex(StateBuckets.value(stored))));
        return values;
    }
}
