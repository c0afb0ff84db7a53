package io.github.idfraud.trainer.replay;

import io.github.idfraud.models.DayRange;
import java.time.Instant;

/** Decides which replayed events are kept, and for which purpose. Every event still flows through the windows. */
@FunctionalInterface
public interface EventSelection {

    /** @return the split the event goes to, or null to keep only its effect on the windows */
    Periods.Split select(EventKey key, Instant occurredAt, boolean fraud);

    /** Keeps every event of {@code period}, as test events: what a backtest scores. */
    static EventSelection period(DayRange period) {
        return (key, occurredAt, fraud) -> period.contains(occurredAt) ? Periods.Split.TEST : null;
    }
}
