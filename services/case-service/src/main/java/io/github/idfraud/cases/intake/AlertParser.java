package io.github.idfraud.cases.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.idfraud.contract.AlertEntry;
import io.github.idfraud.contract.ContractJson;
import io.github.idfraud.contract.StreamNames;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads one alert stream entry, or says why it cannot be read. Anything refused here goes to the dead-letter
 * stream: retrying it would fail the same way forever.
 */
final class AlertParser {

    private static final ObjectMapper JSON = ContractJson.newMapper();
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9._:\\-]+");

    /** Either an alert or the reason there is none. */
    record Parsed(AlertEntry alert, String rejection) {

        static Parsed ok(AlertEntry alert) {
            return new Parsed(alert, null);
        }

        static Parsed rejected(String reason) {
            return new Parsed(null, reason);
        }
    }

    private AlertParser() {
    }

    static Parsed parse(Map<String, String> fields) {
        if (fields == null) {
            return Parsed.rejected("entry has no fields");
        }
        String version = fields.get(StreamNames.FIELD_VERSION);
        boolean clearEventId = AlertEntry.SCHEMA_VERSION_CLEAR_EVENT_ID.equals(version);
        if (!AlertEntry.SCHEMA_VERSION.equals(version) && !clearEventId) {
            return Parsed.rejected("unknown entry version " + clip(version) + "; this service reads versions "
                    + AlertEntry.SCHEMA_VERSION_CLEAR_EVENT_ID + " and " + AlertEntry.SCHEMA_VERSION);
        }
        String body = fields.get(StreamNames.FIELD_ALERT);
        if (body == null || body.isBlank()) {
            return Parsed.rejected("entry has no '" + StreamNames.FIELD_ALERT + "' field");
        }
        AlertEntry alert;
        try {
            alert = JSON.readValue(body, AlertEntry.class);
        } catch (JsonProcessingException e) {
            return Parsed.rejected("alert is not a valid AlertEntry JSON: " + clip(e.getOriginalMessage()));
        }
        String invalid = clearEventId ? invalidClearEventId(alert) : invalidEventReference(alert);
        invalid = invalid != null ? invalid : invalidField(alert);
        return invalid == null ? Parsed.ok(alert) : Parsed.rejected("alert field " + invalid);
    }

    /** Layout 1: the bank's event id in clear (it is sealed on arrival). */
    private static String invalidClearEventId(AlertEntry alert) {
        return identifier(alert.eventId(), 128) ? null : "eventId must be 1-128 letters, digits or . _ : -";
    }

    /** Layout 2: the event named by reference, its id only sealed. */
    private static String invalidEventReference(AlertEntry alert) {
        if (alert.eventId() != null) {
            return "eventId must not travel in clear in layout " + AlertEntry.SCHEMA_VERSION + " (sealedEventId carries it)";
        }
        if (!identifier(alert.eventRef(), 64)) {
            return "eventRef must be 1-64 letters, digits or . _ : -";
        }
        if (alert.sealedEventId() == null || alert.sealedEventId().isBlank() || alert.sealedEventId().length() > 512) {
            return "sealedEventId must be a sealed envelope of at most 512 characters";
        }
        return null;
    }

    /** Names the first field that breaks what the database and the workflow need, or null. */
    private static String invalidField(AlertEntry alert) {
        if (!identifier(alert.tenant(), 64)) {
            return "tenant must be 1-64 letters, digits or . _ : -";
        }
        if (alert.type() == null || alert.occurredAt() == null || alert.decision() == null) {
            return "type, occurredAt and decision are required";
        }
        if (Double.isNaN(alert.score()) || alert.score() < 0 || alert.score() > 1) {
            return "score must be between 0 and 1";
        }
        if (alert.modelVersion() != null && alert.modelVersion().length() > 128) {
            return "modelVersion must be at most 128 characters";
        }
        if (alert.identityKeys() != null && alert.identityKeys().values().stream()
                .anyMatch(value -> value != null && value.length() > 200)) {
            return "identityKeys values must be at most 200 characters";
        }
        if (alert.identityKeys() != null && alert.identityKeys().keySet().stream()
                .anyMatch(kind -> kind == null || kind.length() > 32)) {
            return "identityKeys kinds must be at most 32 characters";
        }
        return null;
    }

    private static boolean identifier(String value, int maxLength) {
        return value != null && value.length() <= maxLength && IDENTIFIER.matcher(value).matches();
    }

    private static String clip(String text) {
        if (text == null) {
            return "(none)";
        }
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }
}
