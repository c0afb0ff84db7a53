package io.github.idfraud.contract;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A payment. The amount is a decimal so that NaN and infinity cannot be expressed at all.
 */
public record Transaction(
        @NotNull @DecimalMin(value = "0", message = "must be zero or positive") @Digits(integer = 13, fraction = 4)
        BigDecimal amount,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as GBP") String currency,
        @NotNull Channel channel,
        @Size(max = 128) String counterpartyId,
        @Pattern(regexp = "[0-9]{4}", message = "must be a four-digit merchant category code") String merchantCategory) {
}
