package io.github.idfraud.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * One account event or transaction, as a bank posts it to {@code POST /v1/events}.
 * Which blocks are required depends on {@link #type()}; see {@link RequiredBlocks}.
 */
@RequiredBlocks
public record Event(
        @NotBlank @Size(max = 128) @Pattern(regexp = "[A-Za-z0-9._:\\-]+", message = "may contain only letters, digits and . _ : -")
        String eventId,
        @NotNull EventType type,
        @NotNull Instant occurredAt,
        @Size(max = 128) String customerId,
        @Size(max = 128) String accountId,
        @Valid Identity identity,
        @Valid Device device,
        @Valid Login login,
        @Valid ContactChange contactChange,
        @Valid Payee payee,
        @Valid Transaction transaction,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Valid Profile profile) {

    /** An event without a profile block: every type but {@link EventType#PROFILE_VERIFIED}, as v1 first defined it. */
    public Event(String eventId, EventType type, Instant occurredAt, String customerId, String accountId,
                 Identity identity, Device device, Login login, ContactChange contactChange, Payee payee,
                 Transaction transaction) {
        this(eventId, type, occurredAt, customerId, accountId, identity, device, login, contactChange, payee,
                transaction, null);
    }
}
