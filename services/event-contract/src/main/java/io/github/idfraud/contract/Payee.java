package io.github.idfraud.contract;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new beneficiary added to an account. {@code payeeId} is best the account's own identifier (IBAN, or sort code and
 * account number), as a transfer's {@code counterpartyId} is: then one account paid from several banks is recognised
 * across the consortium (pseudonymised, ADR 0007); a bank-internal id only ever meets that bank's own traffic.
 */
public record Payee(
        @NotBlank @Size(max = 128) String payeeId,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as GB") String country) {
}
