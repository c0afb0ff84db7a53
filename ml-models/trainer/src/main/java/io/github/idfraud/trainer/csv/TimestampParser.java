package io.github.idfraud.trainer.csv;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;

/** Turns a CSV timestamp into an instant, by the mapping's format and zone. */
final class TimestampParser {

    private final DateTimeFormatter formatter;
    private final ZoneId zone;
    private final String description;

    TimestampParser(CsvMapping.Timestamp timestamp) {
        try {
            zone = ZoneId.of(timestamp.zone() == null ? "UTC" : timestamp.zone());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("timestamp.zone " + timestamp.zone() + " is not a time zone such as UTC or "
                    + "Europe/London", e);
        }
        String format = timestamp.format() == null ? "ISO" : timestamp.format();
        try {
            formatter = "ISO".equalsIgnoreCase(format) ? null : DateTimeFormatter.ofPattern(format);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("timestamp.format '" + format + "' is not a java.time pattern such as "
                    + "yyyy-MM-dd HH:mm:ss: " + e.getMessage(), e);
        }
        description = "ISO".equalsIgnoreCase(format) ? "ISO-8601 (2026-10-01T10:15:30Z or 2026-10-01T10:15:30)" : format;
    }

    Instant parse(String text) {
        try {
            if (formatter == null) {
                return iso(text);
            }
            TemporalAccessor parsed = formatter.parseBest(text, OffsetDateTime::from, LocalDateTime::from);
            return parsed instanceof OffsetDateTime offset ? offset.toInstant()
                    : ((LocalDateTime) parsed).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a timestamp in the format " + description);
        }
    }

    private Instant iso(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return LocalDateTime.parse(text).atZone(zone).toInstant();
        }
    }
}
