package io.github.idfraud.features;

/**
 * The kinds of identifiers another identifier counts distinct values of ("devices per national ID", ...). The id is
 * what Redis stores ({@link StateCodec}): append new constants with a new id, never reuse or renumber one.
 */
enum Link {
    TENANT(0),
    NATIONAL_ID(1),
    EMAIL(2),
    PHONE(3),
    ADDRESS(4),
    DEVICE(5),
    CUSTOMER(6),
    /** Merchants paid a small amount (card testing); read over an hour at most, so forgotten after three. */
    SMALL_AMOUNT_MERCHANT(7, 3 * 3600);

    /** Distinct counts read at most 30 days back; a day more for events that arrive late. */
    private static final long MONTH_AND_A_DAY = 31 * 86400L;

    private final int id;
    private final long horizonSeconds;

    Link(int id) {
        this(id, MONTH_AND_A_DAY);
    }

    Link(int id, long horizonSeconds) {
        this.id = id;
        this.horizonSeconds = horizonSeconds;
    }

    /** Members last seen longer ago than this are forgotten: no window reads them. */
    long horizonSeconds() {
        return horizonSeconds;
    }

    /** Stable number in stored values. */
    int id() {
        return id;
    }

    static Link of(IdentifierKind kind) {
        return switch (kind) {
            case NATIONAL_ID -> NATIONAL_ID;
            case EMAIL -> EMAIL;
            case PHONE -> PHONE;
            case ADDRESS -> ADDRESS;
            case DEVICE -> DEVICE;
            case CUSTOMER -> CUSTOMER;
            default -> throw new IllegalArgumentException("no link kind for " + kind);
        };
    }
}
