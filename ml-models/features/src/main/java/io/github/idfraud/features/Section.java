package io.github.idfraud.features;

/**
 * Optional parts of a stored value after its format-2 body, each written as its id and a length-prefixed payload
 * ({@link StateCodec}) only when not empty: values without them keep their bytes, and a section of an id this release
 * does not know is skipped by its length. Append new constants with a new id, never reuse or renumber one.
 */
enum Section {
    AMOUNT_PROFILE(1),
    MERCHANT_CATEGORIES(2),
    HOUR_PROFILE(3),
    /** Events the identifier counted lately, so that a retry counts once (ADR 0011); most identifiers have one. */
    APPLIED_EVENTS(4);

    private final int id;

    Section(int id) {
        this.id = id;
    }

    /** Stable number in stored values. */
    int id() {
        return id;
    }
}
