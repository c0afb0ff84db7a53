package io.github.idfraud.scoring.service;

import io.github.idfraud.contract.Decision;
import io.github.idfraud.contract.EventType;
import java.util.Map;

/**
 * What is kept per (tenant, eventId), under the event's keyed reference: the answer for idempotent retries and the
 * pseudonyms for later labels. Never the bank's event id, which may carry customer data: the answer is kept without
 * it and given it back when a retry is answered.
 */
public record StoredEvent(Decision decision, EventType type, Map<String, String> identityKeys) {

    public static StoredEvent of(Decision decision, EventType type, Map<String, String> identityKeys) {
        return new StoredEvent(decision.withEventId(null), type, identityKeys);
    }

    /** The stored answer as the bank gets it, for the event it names. */
    public Decision answerTo(String eventId) {
        return decision.withEventId(eventId);
    }
}
