package io.github.idfraud.trainer.replay;

import io.github.idfraud.models.DayRange;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The training, the optional validation and the test period, in this order and without overlap, as they would
 * follow each other in production. Without a validation period, the last fifth of the training days (the
 * {@linkplain #holdout() hold-out}) scores the hyperparameter candidates before the chosen one is refitted on
 * every training day.
 *
 * @param valid the validation period, or null
 */
public record Periods(DayRange train, DayRange valid, DayRange test) {

    public Periods {
        if (valid != null && !valid.from().isAfter(train.to())) {
            throw new IllegalArgumentException("the validation period must start after the training period ends: train "
                    + train + ", validation " + valid);
        }
        DayRange beforeTest = valid != null ? valid : train;
        if (!test.from().isAfter(beforeTest.to())) {
            throw new IllegalArgumentException("the test period must start after the " + (valid != null ? "validation"
                    : "training") + " period ends: " + beforeTest + ", test " + test);
        }
    }

    public Periods(DayRange train, DayRange test) {
        this(train, null, test);
    }

    public boolean hasValidation() {
        return valid != null;
    }

    /** The last fifth of the training days (at least one), or null when the training period has a single day. */
    public DayRange holdout() {
        long days = train.days();
        if (days < 2) {
            return null;
        }
        long held = Math.max(1, Math.round(days / 5.0));
        return new DayRange(train.to().minusDays(held - 1), train.to());
    }

    /** The last day any period covers: nothing after it can change a kept event's features. */
    public LocalDate lastDay() {
        return test.to();
    }

    /** Which period an event time falls into, if any. */
    public Optional<Split> splitOf(Instant occurredAt) {
        if (train.contains(occurredAt)) {
            return Optional.of(Split.TRAIN);
        }
        if (valid != null && valid.contains(occurredAt)) {
            return Optional.of(Split.VALID);
        }
        return test.contains(occurredAt) ? Optional.of(Split.TEST) : Optional.empty();
    }

    /** Where an event's example goes. */
    public enum Split { TRAIN, VALID, TEST }

    static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
