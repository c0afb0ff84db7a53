package io.github.idfraud.features;

import static io.github.idfraud.features.RedisFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.idfraud.contract.Event;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Identifier values under concurrent writers, wrong cache guesses and caps, against the real Redis. */
class StateStoreTests {

    private static final String TENANT = "bank-a";
    private static final Instant T0 = Instant.parse("2026-11-02T10:00:00Z");

    private final RedisFixture redis = new RedisFixture();

    @AfterEach
    void cleanUp() {
        redis.close();
    }

    @Test
    void twoScorersUpdatingOneCustomerAtOnceLoseNoEvent() {
        EngineSettings settings = EngineSettings.defaults(redis.prefix);
        FeatureEngine podA = redis.anotherEngine(settings);
        FeatureEngine podB = redis.anotherEngine(settings);
        int perPod = 60;
        List<CompletionStage<FeatureResult>> results = new ArrayList<>();
        for (int i = 0; i < perPod; i++) {
            // Sent without waiting: both pods race on the same customer, device and IP values.
            results.add(podA.process(TENANT, login(T0.plusSeconds(i))));
            results.add(podB.process(TENANT, login(T0.plusSeconds(i))));
        }
        results.forEach(RedisFixture::await);

        FeatureVector next = await(redis.engine.process(TENANT, login(T0.plusSeconds(perPod)))).features();
        assertThat(next.get(Feature.CUSTOMER_EVENTS_24H)).isEqualTo(2 * perPod + 1);
        assertThat(next.get(Feature.DEVICE_EVENTS_24H)).isEqualTo(2 * perPod + 1);
        assertThat(podA.conflictRetries() + podB.conflictRetries())
                .as("the race really happened and was resolved by retries").isPositive();
    }

    @Test
    void anIdentifierMissingFromTheCacheIsNeverOverwritten() {
        for (int i = 0; i < 3; i++) {
            await(redis.engine.process(TENANT, login(T0.plusSeconds(i))));
        }
        FeatureEngine freshPod = redis.anotherEngine(EngineSettings.defaults(redis.prefix));
        FeatureEngine replay = redis.anotherEngine(EngineSettings.defaults(redis.prefix).forPrivateReplay(1 << 20));

        FeatureVector fourth = await(freshPod.process(TENANT, login(T0.plusSeconds(10)))).features();
        FeatureVector fifth = await(replay.process(TENANT, login(T0.plusSeconds(11)))).features();

        assertThat(fourth.get(Feature.CUSTOMER_EVENTS_24H)).isEqualTo(4);
        assertThat(fifth.get(Feature.CUSTOMER_EVENTS_24H)).isEqualTo(5);
        assertThat(freshPod.conflictRetries()).as("taken as new, refused, applied to the real value").isPositive();
        assertThat(replay.conflictRetries()).isPositive();
    }

    @Test
    void aPrivateReplayWritingBehindThroughATinyCacheCountsAsAnEngineWritingThrough() {
        // A cache of a few values: the ring lets values go mid-replay (written back) and their identifiers come back
        // (taken as new, refused, found in Redis), while up to the whole history is in flight.
        List<Event> history = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            history.add(Events.login(T0.plusSeconds(30L * i), "c-" + i % 23, "dev-" + i % 17, "198.51.100." + i % 11,
                    51.5, -0.12, i % 9 != 0));
        }
        try (RedisFixture replayRedis = new RedisFixture()) {
            FeatureEngine replay = replayRedis.orderedEngine(EngineSettings.defaults(replayRedis.prefix)
                    .forPrivateReplay(8 * 1024));
            for (int i = 0; i < history.size(); i++) {
                FeatureVector expected = await(redis.engine.process(TENANT, history.get(i))).features();
                assertThat(await(replay.process(TENANT, history.get(i))).features().toFloatArray()).as("event %d", i)
                        .containsExactly(expected.toFloatArray());
            }
            assertThat(replay.conflictRetries()).as("identifiers the ring let go were found in Redis").isPositive();

            await(replay.writeBack());
            assertThat(statesOf(replayRedis)).as("Redis holds the final state of every identifier")
                    .isEqualTo(statesOf(redis));
        }
    }

    /** Each identifier's stored state without its deadline and version, which differ from writer to writer. */
    private static Map<String, String> statesOf(RedisFixture fixture) {
        Map<String, String> states = new TreeMap<>();
        fixture.stored().forEach((name, stored) -> states.put(name.substring(fixture.prefix.length()),
                HexFormat.of().formatHex(stored, StateBuckets.DEADLINE_BYTES + 8, stored.length)));
        return states;
    }

    @Test
    void withoutACacheEveryEventStillCountsRight() {
        FeatureEngine uncached = redis.anotherEngine(EngineSettings.defaults(redis.prefix).withStateCacheBytes(0));
        for (int i = 0; i < 4; i++) {
            await((i % 2 == 0 ? uncached : redis.engine).process(TENANT, login(T0.plusSeconds(i))));
        }
        assertThat(await(uncached.process(TENANT, login(T0.plusSeconds(5)))).features().get(Feature.CUSTOMER_EVENTS_1H))
                .isEqualTo(5);
    }

    @Test
    void distinctCountsSaturateAtTheLinkCap() {
        FeatureVector last = null;
        for (int i = 0; i < IdentifierState.LINK_CAP + 40; i++) {
            last = await(redis.engine.process(TENANT, Events.login(T0.plusSeconds(i), "customer-" + i, "shared-device",
                    "203.0.113.9", 51.5, -0.12, true))).features();
        }
        assertThat(last.get(Feature.DEVICE_DISTINCT_CUSTOMERS_7D)).isEqualTo(IdentifierState.LINK_CAP);
        assertThat(last.get(Feature.DEVICE_EVENTS_24H)).isEqualTo(IdentifierState.LINK_CAP + 40);
    }

    @Test
    void distinctLinksLeaveTheWindowByDay() {
        await(redis.engine.process(TENANT, Events.login(T0, "c-old", "dev-x", "203.0.113.9", 51.5, -0.12, true)));
        FeatureVector sixDays = await(redis.engine.process(TENANT, Events.login(T0.plus(Duration.ofDays(6)), "c-new",
                "dev-x", "203.0.113.9", 51.5, -0.12, true))).features();
        FeatureVector eightDays = await(redis.engine.process(TENANT, Events.login(T0.plus(Duration.ofDays(8)), "c-new",
                "dev-x", "203.0.113.9", 51.5, -0.12, true))).features();
        assertThat(sixDays.get(Feature.DEVICE_DISTINCT_CUSTOMERS_7D)).isEqualTo(2);
        assertThat(eightDays.get(Feature.DEVICE_DISTINCT_CUSTOMERS_7D)).isEqualTo(1);
    }

    @Test
    void aValueInAnOlderLayoutIsReplacedNotFatal() {
        await(redis.engine.process(TENANT, login(T0)));
        String name = redis.valueNames().stream().filter(k -> k.contains("{c:")).findFirst().orElseThrow();
        byte[] olderLayout = {0, 0, 0, 0, 0, 0, 0, 7, 1, 0};
        redis.put(name, olderLayout);
        FeatureEngine freshPod = redis.anotherEngine(EngineSettings.defaults(redis.prefix));

        FeatureVector after = await(freshPod.process(TENANT, login(T0.plusSeconds(60)))).features();

        assertThat(after.get(Feature.CUSTOMER_EVENTS_1H)).as("history restarts at this event").isEqualTo(1);
        assertThat(after.get(Feature.DEVICE_EVENTS_1H)).as("other identifiers keep theirs").isEqualTo(2);
    }

    private static Event login(Instant at) {
        return Events.login(at, "c-race", "dev-race", "198.51.100.4", 51.5, -0.12, true);
    }
}
