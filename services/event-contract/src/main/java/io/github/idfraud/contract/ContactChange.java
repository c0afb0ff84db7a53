package io.github.idfraud.contract;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A change of e-mail, phone or address. Neither value is ever a notice's recipient: notices go only to contacts a bank
 * verified ({@link EventType#PROFILE_VERIFIED}, ADR 0009), so an unverified or malformed value cannot misdirect one.
 */
public record ContactChange(
        @NotNull ContactField field,
        @Size(max = 400) String oldValue,
        @Size(max = 400) String newValue) {
}
