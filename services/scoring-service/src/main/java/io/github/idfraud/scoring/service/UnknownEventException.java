package io.github.idfraud.scoring.service;

/** No event with this id was scored for this tenant (or it is older than the retention). */
public class UnknownEventException extends RuntimeException {
    public UnknownEventException(String eventId) {
        super("no scored event " + eventId + " for this tenant");
    }

    private UnknownEventException() {
        super("no scored event for this reference");
    }

    /** For a label that named its event by reference: the message quotes nothing. */
    public static UnknownEventException referenced() {
        return new UnknownEventException();
    }
}
