package io.github.idfraud.scoring.service;

/** The same event is being scored by a concurrent request; the caller should retry shortly. */
public class EventInProgressException extends RuntimeException {
    public EventInProgressException(String eventId) {
        super("event " + eventId + " is being scored by another request; retry shortly");
    }
}
