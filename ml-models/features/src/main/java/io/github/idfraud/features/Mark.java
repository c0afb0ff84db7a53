package io.github.idfraud.features;

/** Single values an identifier remembers: when something last happened, or a running streak. */
enum Mark {
    NEW_DEVICE_AT,
    PASSWORD_RESET_AT,
    CONTACT_CHANGE_AT,
    PAYEE_ADDED_AT,
    FAILED_LOGIN_STREAK
}
