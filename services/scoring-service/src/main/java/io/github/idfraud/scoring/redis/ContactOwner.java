package io.github.idfraud.scoring.redis;

import io.github.idfraud.features.IdentifierKind;

/** A pseudonymised identifier under which a person's contact details are kept. */
public record ContactOwner(IdentifierKind kind, String pseudonym) {
}
