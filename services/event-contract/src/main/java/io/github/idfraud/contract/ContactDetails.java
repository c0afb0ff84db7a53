package io.github.idfraud.contract;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How to reach the consumer an alert is about. Travels only encrypted ({@link ContactCipher}).
 * For a contact change, {@code email}/{@code phone} hold the PREVIOUS values: the new ones may be the fraudster's.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContactDetails(String firstName, String email, String phone) {
}
