package io.github.idfraud.contract;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * One line of an event log (JSON Lines): either an event or a label, for one tenant.
 * {@code scenario} is simulator ground truth (e.g. {@code account_takeover}); real logs leave it out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventLogLine(String tenant, Event event, Label label, String scenario) {

    public static EventLogLine event(String tenant, Event event, String scenario) {
        return new EventLogLine(tenant, event, null, scenario);
    }

    public static EventLogLine label(String tenant, Label label) {
        return new EventLogLine(tenant, null, label, null);
    }

    @JsonIgnore // a getter, not a property: without this Jackson would write "event": true in place of the event
    public boolean isEvent() {
        return event != null;
    }

    /** When the line happened: the event's {@code occurredAt}, else the label's {@code reportedAt}; null for neither. */
    @JsonIgnore // derived, never written to a log
    public Instant at() {
        return event != null ? event.occurredAt() : label != null ? label.reportedAt() : null;
    }
}
