package io.github.idfraud.contract;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the scoring service hands to the case service on the alert stream for a REVIEW or DECLINE.
 * {@code identityKeys} maps identifier kind (e.g. {@code nationalId}) to its keyed pseudonym;
 * {@code encryptedContact} is an AES-GCM envelope of {@link ContactDetails}, or null when none is known;
 * {@code explanation} is the deciding model's view at decision time (null from senders before it existed).
 * <p>
 * The bank's event id never travels in clear (it may carry customer data): {@code eventRef} is the scoring service's
 * keyed reference of the event ({@code <pseudonymisation key id>.<reference>}), which labels name on their way back,
 * and {@code sealedEventId} the id itself, sealed like the contact under the contact-encryption key and bound to
 * {@code tenant/eventRef}. {@code eventId} is set only by senders of layout 1, which carried it in clear.
 */
public record AlertEntry(
        String tenant,
        String eventId,
        EventType type,
        Instant occurredAt,
        Map<String, String> identityKeys,
        double score,
        DecisionType decision,
        List<Reason> reasons,
        String modelVersion,
        String encryptedContact,
        Explanation explanation,
        String eventRef,
        String sealedEventId) {

    /** Version of this entry's layout on the stream, so consumers can refuse what they do not understand. */
    public static final String SCHEMA_VERSION = "2";

    /** The first layout: {@code eventId} in clear, no {@code eventRef} or {@code sealedEventId}; still read. */
    public static final String SCHEMA_VERSION_CLEAR_EVENT_ID = "1";

    /** The associated data that binds a sealed event id to its tenant and reference. */
    public static String sealedEventIdBinding(String tenant, String eventRef) {
        return tenant + "/" + eventRef;
    }
}
