package io.github.idfraud.cases.mail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.idfraud.cases.entity.CaseEvent;
import io.github.idfraud.cases.security.EventIdSeal;
import io.github.idfraud.contract.ContactCipher;
import io.github.idfraud.contract.ContactDetails;
import io.github.idfraud.contract.ContractJson;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The only place contact details are decrypted: just before an email is sent, and for a data-subject export (which
 * goes to the person themselves); never stored or logged in clear.
 * The envelope is bound to {@code tenant/eventId}, as the scoring service sealed it.
 */
@ApplicationScoped
public class ContactOpener {

    private final ObjectMapper json = ContractJson.newMapper();
    private final ContactCipher cipher;
    private final EventIdSeal eventIds;

    ContactOpener(ContactCipher cipher, EventIdSeal eventIds) {
        this.cipher = cipher;
        this.eventIds = eventIds;
    }

    /** @throws IllegalArgumentException when the envelope cannot be opened (wrong key, tampered, malformed) */
    public ContactDetails open(CaseEvent event) {
        String eventId = eventIds.open(event).orElseThrow(() -> new IllegalArgumentException(
                "the event id's seal does not open, so neither does the contact bound to it"));
        String plain = cipher.decrypt(event.encryptedContact, event.tenant + "/" + eventId);
        try {
            return json.readValue(plain, ContactDetails.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("contact envelope holds no ContactDetails JSON");
        }
    }
}
