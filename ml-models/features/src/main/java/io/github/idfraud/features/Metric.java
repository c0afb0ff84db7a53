package io.github.idfraud.features;

import java.util.EnumSet;
import java.util.Set;

/**
 * What an identifier counts in its event-time buckets, and the bucket sizes its windows are read at. The id is what
 * Redis stores ({@link StateCodec}): append new constants with a new id, never reuse or renumber one.
 */
enum Metric {
    APPLICATIONS(0, Granularity.TEN_MINUTES, Granularity.HOUR, Granularity.DAY),
    EVENTS(1, Granularity.TEN_MINUTES, Granularity.HOUR),
    FAILED_LOGINS(2, Granularity.TEN_MINUTES),
    TRANSACTIONS(3, Granularity.DAY),
    AMOUNT_CENTS(4, Granularity.HOUR, Granularity.DAY),
    /** Payments of at most {@link CardTesting#SMALL_AMOUNT}: card-testing probes look like this. */
    SMALL_AMOUNTS(5, Granularity.TEN_MINUTES),
    /** Payments the bank reported declined. */
    DECLINES(6, Granularity.TEN_MINUTES),
    /** Transfers to a payee the customer added in the 7 days before (a mule moving money on, a takeover's drain). */
    NEW_PAYEE_TRANSFERS(7, Granularity.HOUR);

    private final int id;
    private final Set<Granularity> kept;

    Metric(int id, Granularity first, Granularity... more) {
        this.id = id;
        this.kept = EnumSet.of(first, more);
    }

    /** Stable number in stored values. */
    int id() {
        return id;
    }

    /** Only these are written: a window read at another size is a programming error, caught by {@link IdentifierState#sum}. */
    boolean keeps(Granularity granularity) {
        return kept.contains(granularity);
    }
}
