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
    CUSTOMER(6);

    private final int id;

    Link(int id) {
        this.id = id;
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
