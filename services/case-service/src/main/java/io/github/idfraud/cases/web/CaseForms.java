package io.github.idfraud.cases.web;

import io.github.idfraud.cases.rest.PlainText;
import io.github.idfraud.problem.InvalidRequestException;

/**
 * Checks of the workbench's form fields: a missing, oversized or control-character one is a 400 naming it, before
 * anything changes.
 */
final class CaseForms {

    private CaseForms() {
    }

    static String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException(field, "must not be blank");
        }
        String trimmed = PlainText.check(field, value).trim();
        if (trimmed.length() > maxLength) {
            throw new InvalidRequestException(field, "must be at most " + maxLength + " characters");
        }
        return trimmed;
    }

    static <E extends Enum<E>> E requiredChoice(String field, E value) {
        if (value == null) {
            throw new InvalidRequestException(field, "must be chosen");
        }
        return value;
    }
}
