package io.github.idfraud.scoring.service;

import io.github.idfraud.contract.Decision;
import io.github.idfraud.contract.EventType;
import java.util.Map;

/** What is kept per (tenant, eventId): the answer for idempotent retries and the pseudonyms for later labels. */
public record StoredEvent(Decision decision, EventType type, Map<String, String> identityKeys) {
}
