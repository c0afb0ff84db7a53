package io.github.idfraud.trainer.replay;

import io.github.idfraud.models.DayRange;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;

/**
 * What the first pass over the log learnt: the final label of every labelled event (last label wins), how many
 * events each day has, and a digest of the log's bytes.
 *
 * @param finalLabelIsFraud for each labelled event, whether its last label says FRAUD
 * @param eventsPerDay      events by UTC day of {@code occurredAt}
 * @param logSha256         SHA-256 of the log file, hex: the same log gives the same replay
 */
public record Targets(Map<EventKey, Boolean> finalLabelIsFraud, long events, long labels,
                      NavigableMap<LocalDate, Long> eventsPerDay, String logSha256) {

    /** The training target: FRAUD if the last label for the event says so, LEGIT otherwise (also when unlabelled). */
    public boolean isFraud(EventKey key) {
        return Boolean.TRUE.equals(finalLabelIsFraud.get(key));
    }

    public Set<EventKey> labelled() {
        return finalLabelIsFraud.keySet();
    }

    public LocalDate firstEventDay() {
        return eventsPerDay.firstKey();
    }

    public LocalDate lastEventDay() {
        return eventsPerDay.lastKey();
    }

    /** Events whose day lies in {@code range}. */
    public long eventsIn(DayRange range) {
        return eventsPerDay.subMap(range.from(), true, range.to(), true).values().stream().mapToLong(Long::longValue).sum();
    }

    /** Events up to and including {@code day}: what a replay that stops after it goes through. */
    public long eventsThrough(LocalDate day) {
        return eventsPerDay.headMap(day, true).values().stream().mapToLong(Long::longValue).sum();
    }

    /** Fails with a readable message when {@code range} holds none of the log's events. */
    public void requireEventsIn(DayRange range, String what) {
        if (eventsIn(range) == 0) {
            throw new IllegalArgumentException("the " + what + " " + range + " holds no event of the log, whose events run "
                    + firstEventDay() + ".." + lastEventDay());
        }
    }
}
