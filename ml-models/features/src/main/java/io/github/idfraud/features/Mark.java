package io.github.idfraud.features;

/**
 * Single values an identifier remembers: when something last happened, or a running streak. The id is what Redis
 * stores (a bit of a 32-bit mask, {@link StateCodec}): append new constants with a new id below 32, never reuse or
 * renumber one.
 */
enum Mark {
    NEW_DEVICE_AT(0),
    PASSWORD_RESET_AT(1),
    CONTACT_CHANGE_AT(2),
    PAYEE_ADDED_AT(3),
    FAILED_LOGIN_STREAK(4);

    private final int id;

    Mark(int id) {
        this.id = id;
    }

    /** Stable number in stored values. */
    int id() {
        return id;
    }
}
