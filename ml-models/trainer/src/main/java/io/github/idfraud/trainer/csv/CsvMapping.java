package io.github.idfraud.trainer.csv;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.idfraud.contract.Channel;
import io.github.idfraud.contract.LabelSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How the columns of a bank's tabular transaction export become event-log fields: read from a YAML file (see
 * {@code ml-models/trainer/mappings/} and the trainer README). Every row becomes a TRANSACTION event; a row whose
 * fraud column holds one of {@code fraudValues} also gets a FRAUD label.
 *
 * @param tenant        tenant of every event, unless {@code columns.tenant} names a column
 * @param currency      ISO 4217 code when there is no currency column (or it is empty)
 * @param channel       transaction channel when there is no channel column; default CARD_PRESENT
 * @param fraudValues   values of the fraud column that mean FRAUD, compared trimmed and case-insensitively;
 *                      default {@code 1} and {@code true}
 * @param eventIdPrefix prepended to every event id, e.g. to keep two exports apart; default none
 * @param labelSource   source of the FRAUD labels; default CHARGEBACK
 * @param delimiter     column separator; default comma
 */
public record CsvMapping(String tenant, Columns columns, Timestamp timestamp, String currency, Channel channel,
                         List<String> fraudValues, String eventIdPrefix, LabelSource labelSource, Character delimiter) {

    /**
     * CSV column names (as in the header row) per event field; only {@code eventId}, {@code occurredAt} and
     * {@code amount} are required.
     *
     * @param counterpartyId the merchant, terminal or payee column
     * @param fraud          the fraud-flag column; without it no labels are written
     */
    public record Columns(String eventId, String occurredAt, String customerId, String accountId, String counterpartyId,
                         String amount, String currency, String channel, String merchantCategory, String tenant,
                         String fraud) {
    }

    /**
     * @param format a {@link java.time.format.DateTimeFormatter} pattern such as {@code yyyy-MM-dd HH:mm:ss}, or
     *               {@code ISO} (default) for ISO-8601 with or without an offset
     * @param zone   time zone of timestamps without an offset; default UTC
     */
    public record Timestamp(String format, String zone) {
    }

    public CsvMapping {
        if (columns == null || blank(columns.eventId()) || blank(columns.occurredAt()) || blank(columns.amount())) {
            throw new IllegalArgumentException("the mapping needs columns.eventId, columns.occurredAt and columns.amount");
        }
        if (blank(tenant) && blank(columns.tenant())) {
            throw new IllegalArgumentException("the mapping needs a tenant (every event's bank) or columns.tenant");
        }
        if (blank(currency) && blank(columns.currency())) {
            throw new IllegalArgumentException("the mapping needs a currency (ISO 4217, e.g. EUR) or columns.currency");
        }
        timestamp = timestamp == null ? new Timestamp("ISO", "UTC") : timestamp;
        channel = channel == null ? Channel.CARD_PRESENT : channel;
        fraudValues = fraudValues == null || fraudValues.isEmpty() ? List.of("1", "true") : List.copyOf(fraudValues);
        eventIdPrefix = eventIdPrefix == null ? "" : eventIdPrefix;
        labelSource = labelSource == null ? LabelSource.CHARGEBACK : labelSource;
        delimiter = delimiter == null ? ',' : delimiter;
    }

    /** Reads a YAML mapping file; an unknown key (a typo) fails rather than being ignored. */
    public static CsvMapping read(Path file) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try {
            return yaml.readValue(Files.readString(file), CsvMapping.class);
        } catch (UnrecognizedPropertyException e) {
            throw new IllegalArgumentException(file + ": unknown mapping key '" + e.getPropertyName() + "'; known keys: "
                    + e.getKnownPropertyIds(), e);
        } catch (com.fasterxml.jackson.databind.exc.ValueInstantiationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IllegalArgumentException(file + ": " + cause.getMessage(), e);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
