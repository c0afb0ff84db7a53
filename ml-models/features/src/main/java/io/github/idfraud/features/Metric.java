package io.github.idfraud.features;

import java.util.EnumSet;
import java.util.Set;

/** What an identifier counts in its event-time buckets, and the bucket sizes its windows are read at. */
enum Metric {
    APPLICATIONS(Granularity.TEN_MINUTES, Granularity.HOUR, Granularity.DAY),
    EVENTS(Granularity.TEN_MINUTES, Granularity.HOUR),
    FAILED_LOGINS(Granularity.TEN_MINUTES),
    TRANSACTIONS(Granularity.DAY),
    AMOUNT_CENTS(Granularity.HOUR, Granularity.DAY);

    private final Set<Granularity> kept;

    Metric(Granularity first, Granularity... more) {
        this.kept = EnumSet.of(first, more);
    }

    /** Only these are written: a window read at another size is a programming error, caught by {@link IdentifierState#sum}. */
    boolean keeps(Granularity granularity) {
        return kept.contains(granularity);
    }
}
