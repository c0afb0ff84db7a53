package io.github.idfraud.contract;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A change of email, phone or address; the old value is where the consumer can still be reached safely. */
public record ContactChange(
        @NotNull ContactField field,
        @Size(max = 400) String oldValue,
        @Size(max = 400) String newValue) {
}
