package io.github.idfraud.contract;

/** Which contact detail a CONTACT_CHANGE replaces. */
public enum ContactField {
    EMAIL,
    PHONE,
    ADDRESS
}
