package io.github.idfraud.models;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** An inclusive range of UTC calendar days, e.g. a training or test period. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DayRange(LocalDate from, LocalDate to) {

    public DayRange {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("a period needs from <= to (UTC days, inclusive), got " + from + ".." + to);
        }
    }

    public boolean contains(Instant instant) {
        return contains(LocalDate.ofInstant(instant, ZoneOffset.UTC));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    @Override
    public String toString() {
        return from + ".." + to;
    }
}
