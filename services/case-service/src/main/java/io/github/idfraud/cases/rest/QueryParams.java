package io.github.idfraud.cases.rest;

import io.github.idfraud.problem.InvalidRequestException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import io.github.idfraud.cases.service.CaseNotFoundException;

/**
 * Parses query and path parameters by hand: JAX-RS answers 404 to an unconvertible query parameter,
 * and we owe the caller a 400 that says what would be right.
 */
public final class QueryParams {

    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    /** The end of 31 December 9999, the latest day a date may name. */
    private static final Instant LATEST = Instant.parse("+10000-01-01T00:00:00Z");

    private QueryParams() {
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /**
     * An instant, or a date meaning the start of that day (UTC); {@code endOfDay} makes a date mean the start of the
     * next day, so {@code to=2026-11-21} includes all of 21 November. Years 1 to 9999 only: java.time reads far more
     * (+999999999-12-31) than PostgreSQL stores, and such a filter failed in the database with a 500.
     */
    public static Instant instant(String name, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Instant parsed = parseInstant(value.trim(), endOfDay);
        if (parsed == null || parsed.isBefore(EARLIEST) || parsed.isAfter(LATEST)) {
            throw new InvalidRequestException(name, "must be an ISO-8601 UTC timestamp such as 2026-11-21T10:15:30Z"
                    + " or a date such as 2026-11-21, in the years 0001 to 9999");
        }
        return parsed;
    }

    private static Instant parseInstant(String value, boolean endOfDay) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException notAnInstant) {
            try {
                LocalDate date = LocalDate.parse(value);
                if (date.getYear() < 1 || date.getYear() > 9999) {
                    return null;
                }
                return (endOfDay ? date.plusDays(1) : date).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    public static int integer(String name, String value, int defaultValue, int min, int max) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw new InvalidRequestException(name, "must be a whole number from " + min + " to " + max);
    }

    /** The header of requests a client may repeat safely after losing the answer. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("[A-Za-z0-9._:\\-]{1,64}");

    /** The {@value #IDEMPOTENCY_KEY} header, or null when absent; 400 naming it when malformed. */
    public static String idempotencyKey(String value) {
        if (value == null) {
            return null;
        }
        if (!KEY.matcher(value).matches()) {
            throw new InvalidRequestException(IDEMPOTENCY_KEY, "must be 1 to 64 letters, digits or . _ : -");
        }
        return value;
    }

    /** A malformed case id cannot name any case: 404, like a missing one. */
    public static UUID caseId(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new CaseNotFoundException();
        }
    }
}
