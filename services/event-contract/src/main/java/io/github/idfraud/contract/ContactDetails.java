package io.github.idfraud.contract;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How to reach the consumer an alert is about: always a contact their bank verified before the event (ADR 0009).
 * Travels only encrypted ({@link ContactCipher}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContactDetails(String firstName, String email, String phone) {
}
