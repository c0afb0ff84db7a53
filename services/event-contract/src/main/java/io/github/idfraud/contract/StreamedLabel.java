package io.github.idfraud.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * A label on the labels stream (entry layout {@link #SCHEMA_VERSION}), case service to scoring service. It names its
 * event by the scoring service's reference from the alert ({@code eventRef}), never by the bank's event id; only an
 * event whose alert came in the first layout, without a reference, is named by {@code eventId}. Exactly one is set.
 * Entries of layout 1 hold an {@link EventLogLine} instead.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StreamedLabel(String tenant, String eventRef, String eventId, LabelValue label, Instant reportedAt,
                            LabelSource source) {

    public static final String SCHEMA_VERSION = "2";

    /** Layout 1: an {@link EventLogLine} with the bank's event id in clear; still read. */
    public static final String SCHEMA_VERSION_EVENT_LOG_LINE = "1";

    /** Whether every field a label needs is there, and exactly one way of naming its event. */
    public boolean complete() {
        boolean named = (eventRef == null) != (eventId == null);
        return tenant != null && named && label != null && reportedAt != null && source != null;
    }
}
