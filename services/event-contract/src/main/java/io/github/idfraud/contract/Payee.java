package io.github.idfraud.contract;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new beneficiary added to an account. */
public record Payee(
        @NotBlank @Size(max = 128) String payeeId,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as GB") String country) {
}
