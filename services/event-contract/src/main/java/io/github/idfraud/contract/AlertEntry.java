package io.github.idfraud.contract;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the scoring service hands to the case service on the alert stream for a REVIEW or DECLINE.
 * {@code identityKeys} maps identifier kind (e.g. {@code nationalId}) to its keyed pseudonym;
 * {@code encryptedContact} is an AES-GCM envelope of {@link ContactDetails}, or null when none is known;
 * {@code explanation} is the deciding model's view at decision time (null from senders before it existed).
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
        Explanation explanation) {

    /** Version of this entry's layout on the stream, so consumers can refuse what they do not understand. */
    public static final String SCHEMA_VERSION = "1";
}
