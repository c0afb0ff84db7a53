package io.github.idfraud.features;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * How far from a clock's "now" an event's {@code occurredAt} or a label's {@code reportedAt} may lie on the live path
 * (ADR 0008). The scoring API refuses a time outside both bounds; the {@link FeatureEngine} refuses one past the upper
 * bound, the direction that moves shared windows forward and wipes them. Replays of history are {@link #unbounded()}.
 */
public final class TimeBounds {

    /** Clocks of banks and pods disagree by seconds; a time-zone bug by an hour or more. */
    public static final String DEFAULT_MAX_AHEAD = "PT5M";
    /**
     * The longest window a back-dated event or label still counts in: the 90-day label window
     * ({@link EngineSettings#labelWindow()}), the {@code DAYS_SINCE_} marks ({@link Feature#NEVER_DAYS}) and the 90-day
     * amount memory ({@code AmountProfile}). An older time feeds no window a feature reads; it could only make a new
     * e-mail, phone or payee account look old, as first sightings have no window.
     */
    public static final String DEFAULT_MAX_AGE = "P90D";

    private static final TimeBounds UNBOUNDED = new TimeBounds(null, Duration.ZERO, Duration.ZERO);

    private final Clock clock;
    private final Duration maxAhead;
    private final Duration maxAge;

    private TimeBounds(Clock clock, Duration maxAhead, Duration maxAge) {
        this.clock = clock;
        this.maxAhead = maxAhead;
        this.maxAge = maxAge;
    }

    /** Any time is accepted: for replaying history, whose times are far from the wall clock. */
    public static TimeBounds unbounded() {
        return UNBOUNDED;
    }

    /** Times from {@code maxAge} before {@code clock}'s now to {@code maxAhead} after it, both inclusive. */
    public static TimeBounds around(Clock clock, Duration maxAhead, Duration maxAge) {
        Objects.requireNonNull(clock, "clock");
        if (maxAhead.isNegative() || maxAge.isNegative()) {
            throw new IllegalArgumentException("time bounds must not be negative: ahead " + maxAhead + ", age " + maxAge);
        }
        return new TimeBounds(clock, maxAhead, maxAge);
    }

    public boolean bounded() {
        return clock != null;
    }

    /** What is wrong with {@code time} (a field violation's message), or empty when it is within both bounds. */
    public Optional<String> refusal(Instant time) {
        Optional<String> ahead = aheadRefusal(time);
        if (ahead.isPresent() || !bounded()) {
            return ahead;
        }
        Instant now = clock.instant();
        return time.isBefore(now.minus(maxAge))
                ? Optional.of("is too old: must be at most " + inWords(maxAge) + " before the server's clock (now "
                        + now.truncatedTo(ChronoUnit.SECONDS) + ")")
                : Optional.empty();
    }

    /** As {@link #refusal}, for the upper bound only. */
    public Optional<String> aheadRefusal(Instant time) {
        if (!bounded()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return time.isAfter(now.plus(maxAhead))
                ? Optional.of("is in the future: must be at most " + inWords(maxAhead) + " after the server's clock (now "
                        + now.truncatedTo(ChronoUnit.SECONDS) + "); check the sender's clock and time zone")
                : Optional.empty();
    }

    /** {@code 90 days}, {@code 5 minutes}, {@code 1 hour 30 minutes}: how a person would write the bound. */
    static String inWords(Duration d) {
        StringBuilder words = new StringBuilder();
        append(words, d.toDays(), "day");
        append(words, d.toHoursPart(), "hour");
        append(words, d.toMinutesPart(), "minute");
        append(words, d.toSecondsPart(), "second");
        return words.length() == 0 ? "0 seconds" : words.toString();
    }

    private static void append(StringBuilder words, long amount, String unit) {
        if (amount != 0) {
            words.append(words.length() == 0 ? "" : " ").append(amount).append(' ').append(unit).append(amount == 1 ? "" : "s");
        }
    }

    @Override
    public String toString() {
        return bounded() ? "TimeBounds[" + maxAge + " back to " + maxAhead + " ahead of " + clock + "]" : "TimeBounds[unbounded]";
    }
}
