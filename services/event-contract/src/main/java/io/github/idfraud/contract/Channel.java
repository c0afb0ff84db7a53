package io.github.idfraud.contract;

/** How money moved. */
public enum Channel {
    CARD_PRESENT,
    CARD_NOT_PRESENT,
    TRANSFER,
    ATM
}
