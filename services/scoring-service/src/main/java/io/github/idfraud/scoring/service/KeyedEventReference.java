package io.github.idfraud.scoring.service;

import io.github.idfraud.features.Pseudonymiser;
import java.util.Optional;

/**
 * An event's reference as it leaves this service on an alert: {@code <key id>.<reference>}, so a label that names it
 * later is applied with the pseudonymisation key that made it, the current one or, in a rotation window, the retiring
 * one.
 */
public record KeyedEventReference(String keyId, String reference) {

    private static final char SEPARATOR = '.';

    public static KeyedEventReference of(Pseudonymiser keyed, String reference) {
        return new KeyedEventReference(keyed.keyId(), reference);
    }

    /** Empty when {@code text} is not of the form this class writes. */
    public static Optional<KeyedEventReference> parse(String text) {
        int dot = text == null ? -1 : text.indexOf(SEPARATOR);
        if (dot <= 0 || dot == text.length() - 1 || text.indexOf(SEPARATOR, dot + 1) >= 0) {
            return Optional.empty();
        }
        return Optional.of(new KeyedEventReference(text.substring(0, dot), text.substring(dot + 1)));
    }

    @Override
    public String toString() {
        return keyId + SEPARATOR + reference;
    }
}
