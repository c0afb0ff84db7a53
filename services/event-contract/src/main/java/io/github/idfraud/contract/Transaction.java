package io.github.idfraud.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A payment. The amount is a decimal so that NaN and infinity cannot be expressed at all.
 *
 * @param cardId  optional: the bank's reference of the card or other instrument paid with (a token, never the card
 *                number); pseudonymised like every identifier
 * @param outcome optional: the authorisation's answer when the bank reports a payment already decided, e.g. a
 *                declined attempt; absent means not known yet
 */
public record Transaction(
        @NotNull @DecimalMin(value = "0", message = "must be zero or positive") @Digits(integer = 13, fraction = 4)
        BigDecimal amount,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as GBP") String currency,
        @NotNull Channel channel,
        @Size(max = 128) String counterpartyId,
        @Pattern(regexp = "[0-9]{4}", message = "must be a four-digit merchant category code") String merchantCategory,
        // Left out of logs when absent, so logs of banks that never send them keep their v1 shape.
        @JsonInclude(JsonInclude.Include.NON_NULL) @Size(max = 128) String cardId,
        @JsonInclude(JsonInclude.Include.NON_NULL) TransactionOutcome outcome) {

    /** A payment without card reference or outcome, as v1 first defined it. */
    public Transaction(BigDecimal amount, String currency, Channel channel, String counterpartyId, String merchantCategory) {
        this(amount, currency, channel, counterpartyId, merchantCategory, null, null);
    }

    /** Whether the bank reported this payment as declined. */
    public boolean declined() {
        return outcome == TransactionOutcome.DECLINED;
    }
}
