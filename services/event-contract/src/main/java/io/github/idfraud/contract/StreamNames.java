package io.github.idfraud.contract;

/** Default names of the Redis Streams between the services, and the field layout of their entries. */
public final class StreamNames {

    /** REVIEW/DECLINE alerts, scoring-service to case-service; entry fields {@code v} and {@code alert} (AlertEntry JSON). */
    public static final String ALERTS = "fraud-alerts";

    /** Labels, case-service to scoring-service; entry fields {@code v} and {@code label} (EventLogLine JSON with tenant and label). */
    public static final String LABELS = "fraud-labels";

    /** The case services' consumer group on {@link #ALERTS} (its replicas share it). */
    public static final String ALERTS_GROUP = "case-service";

    /** Entries that could not be processed, with the reason; never blocks a consumer group. */
    public static final String ALERTS_DEAD_LETTER = "fraud-alerts-dead";

    public static final String FIELD_VERSION = "v";
    public static final String FIELD_ALERT = "alert";
    public static final String FIELD_LABEL = "label";
    /** A labels entry's signature ({@link LabelEntrySignature}): the scoring service applies only signed entries. */
    public static final String FIELD_SIGNATURE = "sig";

    private StreamNames() {
    }
}
