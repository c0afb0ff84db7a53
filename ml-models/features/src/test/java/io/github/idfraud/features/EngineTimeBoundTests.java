package io.github.idfraud.features;

import static io.github.idfraud.features.RedisFixture.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.idfraud.contract.Event;
import io.github.idfraud.contract.Label;
import io.github.idfraud.contract.LabelSource;
import io.github.idfraud.contract.LabelValue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The engine's own time bound: no event or label dated ahead of the clock can move and wipe shared windows. */
class EngineTimeBoundTests {

    private static final String TENANT = "bank-a";
    private static final Instant NOW = Instant.parse("2026-11-02T12:00:00Z");
    private static final String DEVICE = "dev-shared";
    private static final String IP = "203.0.113.7";

    private final RedisFixture redis = new RedisFixture();
    private final FeatureEngine live = redis.anotherEngine(EngineSettings.defaults(redis.prefix).withTimeBounds(
            TimeBounds.around(Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMinutes(5), Duration.ofDays(90))));

    @AfterEach
    void cleanUp() {
        redis.close();
    }

    @Test
    void anEventDatedAheadIsRefusedAndTheSharedWindowsStillCountEveryEarlierEvent() {
        for (int i = 0; i < 3; i++) {
            await(live.process(TENANT, login(NOW.minus(Duration.ofMinutes(50 - 10L * i)), "c-" + i)));
        }
        String before = redis.dump();

        Throwable refused = failureOf(live.process(TENANT, login(NOW.plus(Duration.ofDays(3)), "c-forger")));

        assertThat(refused).isInstanceOf(TimeOutOfBoundsException.class);
        assertThat(((TimeOutOfBoundsException) refused).field()).isEqualTo("occurredAt");
        assertThat(redis.dump()).as("nothing written").isEqualTo(before);
        FeatureVector next = await(live.process(TENANT, login(NOW.minus(Duration.ofMinutes(10)), "c-next"))).features();
        assertThat(next.get(Feature.DEVICE_EVENTS_1H)).isEqualTo(4);
        assertThat(next.get(Feature.DEVICE_EVENTS_24H)).isEqualTo(4);
        assertThat(next.get(Feature.IP_EVENTS_1H)).isEqualTo(4);
    }

    @Test
    void withoutTheBoundOneEventDatedAheadWipesTheSharedWindowsWhichIsWhatReplaysStillDo() {
        for (int i = 0; i < 3; i++) {
            await(redis.engine.process(TENANT, login(NOW.minus(Duration.ofMinutes(50 - 10L * i)), "c-" + i)));
        }
        await(redis.engine.process(TENANT, login(NOW.plus(Duration.ofDays(3)), "c-forger")));

        FeatureVector next = await(redis.engine.process(TENANT, login(NOW.minus(Duration.ofMinutes(10)), "c-next"))).features();
        assertThat(next.get(Feature.DEVICE_EVENTS_24H)).as("the history is gone, this event too").isZero();
    }

    @Test
    void anEventWithinTheAllowedSkewAndAnOldOneAreAccepted() {
        FeatureVector slightlyAhead = await(live.process(TENANT, login(NOW.plus(Duration.ofMinutes(4)), "c-1"))).features();
        assertThat(slightlyAhead.get(Feature.DEVICE_EVENTS_1H)).isEqualTo(1);
        // The lower bound is the API's: a back-dated event wipes nothing, its old bucket is pruned behind the newest.
        await(live.process(TENANT, login(NOW.minus(Duration.ofDays(200)), "c-2")));
    }

    @Test
    void aLabelReportedAheadIsRefusedAndLinksNothing() {
        Event fraud = Events.transfer(NOW.minus(Duration.ofHours(2)), "c-9", DEVICE, "mule-1", "900.00");
        IdentityKeys keys = await(live.process(TENANT, fraud)).identityKeys();
        String before = redis.dump();

        Throwable refused = failureOf(live.applyLabel(TENANT, keys,
                new Label(fraud.eventId(), LabelValue.FRAUD, NOW.plus(Duration.ofDays(2)), LabelSource.CHARGEBACK)));

        assertThat(refused).isInstanceOf(TimeOutOfBoundsException.class);
        assertThat(((TimeOutOfBoundsException) refused).field()).isEqualTo("reportedAt");
        assertThat(redis.dump()).isEqualTo(before);
        await(live.applyLabel(TENANT, keys, new Label(fraud.eventId(), LabelValue.FRAUD, NOW, LabelSource.CHARGEBACK)));
        FeatureVector later = await(live.process(TENANT, login(NOW, "c-3"))).features();
        assertThat(later.get(Feature.DEVICE_FRAUD_LABELS_90D)).isEqualTo(1);
    }

    private static Event login(Instant at, String customer) {
        return Events.login(at, customer, DEVICE, IP, 51.5, -0.12, true);
    }

    private static Throwable failureOf(java.util.concurrent.CompletionStage<?> stage) {
        Throwable thrown = catchThrowable(() -> stage.toCompletableFuture().get());
        assertThat(thrown).as("refused").isInstanceOf(ExecutionException.class);
        return thrown.getCause();
    }
}
