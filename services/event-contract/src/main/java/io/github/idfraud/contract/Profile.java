package io.github.idfraud.contract;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/**
 * What a bank asserts about its relationship with the customer in a {@link EventType#PROFILE_VERIFIED} event.
 *
 * @param customerSince the day the customer's relationship with the bank began (their first account): how long the
 *                      bank has known the person, so a fraudster's young account never outranks the real holder's
 */
public record Profile(@NotNull @PastOrPresent LocalDate customerSince) {
}
