package io.github.idfraud.features;

/**
 * The engine refused an event or label whose time lies past its {@link TimeBounds}: nothing was written. Bad input,
 * never a reason to retry or to score without history.
 */
public class TimeOutOfBoundsException extends IllegalArgumentException {

    private final String field;
    private final String reason;

    public TimeOutOfBoundsException(String field, String reason) {
        super(field + " " + reason);
        this.field = field;
        this.reason = reason;
    }

    /** The refused time's field: {@code occurredAt} or {@code reportedAt}. */
    public String field() {
        return field;
    }

    /** What is wrong with it, without the field's name. */
    public String reason() {
        return reason;
    }
}
