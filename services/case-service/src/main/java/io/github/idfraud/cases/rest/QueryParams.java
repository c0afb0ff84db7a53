package io.github.idfraud.cases.rest;

import io.github.idfraud.problem.InvalidRequestException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import io.github.idfraud.cases.service.CaseNotFoundException;

/**
 * Parses query and path parameters by hand: JAX-RS answers 404 to an unconvertible query parameter,
 * and we owe the caller a 400 that says what would be right.
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /**
     * An instant, or a date meaning the start of that day (UTC); {@code endOfDay} makes a date mean the start of the
     * next day, so {@code to=2026-11-21} includes all of 21 November.
     */
    public static Instant instant(String name, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException notAnInstant) {
            try {
                LocalDate date = LocalDate.parse(value.trim());
                return (endOfDay ? date.plusDays(1) : date).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notADate) {
                throw new InvalidRequestException(name,
                        "must be an ISO-8601 UTC timestamp such as 2026-11-21T10:15:30Z or a date such as 2026-11-21");
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

    /** A malformed case id cannot name any case: 404, like a missing one. */
    public static UUID caseId(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new CaseNotFoundException();
        }
    }
}
