package io.github.idfraud.trainer.replay;

/** Identifies an event across the log: event ids are unique per tenant only. */
public record EventKey(String tenant, String eventId) {
}
