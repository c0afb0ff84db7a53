package io.github.idfraud.scoring.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.idfraud.contract.AlertEntry;
import io.github.idfraud.contract.ContactCipher;
import io.github.idfraud.contract.ContactDetails;
import io.github.idfraud.contract.ContractJson;
import io.github.idfraud.contract.Decision;
import io.github.idfraud.contract.Event;
import io.github.idfraud.contract.Explanation;
import io.github.idfraud.scoring.config.ScoringConfig;
import io.github.idfraud.scoring.config.SecretKeys;
import io.github.idfraud.scoring.redis.AlertStream;
import io.github.idfraud.scoring.redis.PendingWrites;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * Builds the alert stream entry for a REVIEW or DECLINE. Identifiers travel as pseudonyms; the consumer's contact
 * details travel only sealed with AES-GCM under the contact-encryption key the case service holds (never the vault's
 * key), bound to (tenant, eventId). The bank's event id travels the same way, sealed and bound to the event's keyed
 * reference, which is what labels name on their way back (see {@link AlertEntry}).
 */
@Singleton
public class AlertPublisher {

    private final ObjectMapper json = ContractJson.newMapper();
    private final ContactCipher cipher;
    private final AlertStream stream;

    AlertPublisher(ScoringConfig config, AlertStream stream) {
        this.cipher = SecretKeys.alertCipher(config);
        this.stream = stream;
    }

    /**
     * The alert's append to the stream, sent with the event's record.
     *
     * @param eventRef    the event's keyed reference with the id of the key that made it ({@link KeyedEventReference})
     * @param contact     where to reach the consumer (see {@link ContactVault}), or null
     * @param explanation the deciding model's view of the event
     */
    public PendingWrites alert(String tenant, Event event, String eventRef, Decision decision,
                               Map<String, String> identityKeys, ContactDetails contact, Explanation explanation) {
        String sealed = contact == null ? null : cipher.encrypt(write(contact), tenant + "/" + event.eventId());
        String sealedEventId = cipher.encrypt(event.eventId(), AlertEntry.sealedEventIdBinding(tenant, eventRef));
        return stream.append(new AlertEntry(tenant, null, event.type(), event.occurredAt(), identityKeys,
                decision.score(), decision.decision(), decision.reasons(), decision.modelVersion(), sealed, explanation,
                eventRef, sealedEventId));
    }

    private String write(ContactDetails contact) {
        try {
            return json.writeValueAsString(contact);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
