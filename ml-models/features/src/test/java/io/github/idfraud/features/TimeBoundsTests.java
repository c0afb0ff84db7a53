package io.github.idfraud.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TimeBoundsTests {

    private static final Instant NOW = Instant.parse("2026-11-02T12:00:00Z");
    private static final TimeBounds BOUNDS = TimeBounds.around(Clock.fixed(NOW, ZoneOffset.UTC),
            Duration.parse(TimeBounds.DEFAULT_MAX_AHEAD), Duration.parse(TimeBounds.DEFAULT_MAX_AGE));

    @Test
    void timesFromTheMaxAgeBackToTheMaxAheadAreAcceptedEdgesIncluded() {
        assertThat(BOUNDS.refusal(NOW)).isEmpty();
        assertThat(BOUNDS.refusal(NOW.plus(Duration.ofMinutes(5)))).isEmpty();
        assertThat(BOUNDS.refusal(NOW.minus(Duration.ofDays(90)))).isEmpty();
    }

    @Test
    void aTimeInTheFutureIsRefusedSayingWhatIsAccepted() {
        assertThat(BOUNDS.refusal(NOW.plus(Duration.ofMinutes(5)).plusSeconds(1))).hasValue(
                "is in the future: must be at most 5 minutes after the server's clock (now 2026-11-02T12:00:00Z); "
                        + "check the sender's clock and time zone");
        assertThat(BOUNDS.aheadRefusal(NOW.plus(Duration.ofDays(3)))).isPresent();
    }

    @Test
    void aTimeOlderThanTheMaxAgeIsRefusedByTheFullCheckOnly() {
        Instant old = NOW.minus(Duration.ofDays(90)).minusSeconds(1);
        assertThat(BOUNDS.refusal(old)).hasValue(
                "is too old: must be at most 90 days before the server's clock (now 2026-11-02T12:00:00Z)");
        assertThat(BOUNDS.aheadRefusal(old)).as("the engine leaves the lower bound to the API").isEmpty();
    }

    @Test
    void unboundedAcceptsAnyTime() {
        assertThat(TimeBounds.unbounded().bounded()).isFalse();
        assertThat(TimeBounds.unbounded().refusal(Instant.parse("2999-01-01T00:00:00Z"))).isEmpty();
        assertThat(TimeBounds.unbounded().refusal(Instant.EPOCH)).isEmpty();
        assertThat(EngineSettings.defaults("x:").timeBounds().bounded()).as("replays are unbounded").isFalse();
    }

    @Test
    void theDefaultMaxAgeCoversTheLongestWindowsABackDatedTimeCountsIn() {
        Duration maxAge = Duration.parse(TimeBounds.DEFAULT_MAX_AGE);
        assertThat(maxAge).isGreaterThanOrEqualTo(EngineSettings.defaults("x:").labelWindow());
        assertThat(maxAge.toDays()).isGreaterThanOrEqualTo((long) Feature.NEVER_DAYS);
        assertThat(maxAge.toSeconds()).isGreaterThanOrEqualTo(Granularity.DAY.seconds() * Window.MONTH.buckets());
    }

    @Test
    void boundsAreWrittenAsAPersonWould() {
        assertThat(TimeBounds.inWords(Duration.ofMinutes(5))).isEqualTo("5 minutes");
        assertThat(TimeBounds.inWords(Duration.ofDays(1).plusHours(1).plusMinutes(30))).isEqualTo("1 day 1 hour 30 minutes");
        assertThat(TimeBounds.inWords(Duration.ZERO)).isEqualTo("0 seconds");
    }
}
