package io.github.idfraud.cases.rest;

import io.github.idfraud.problem.InvalidRequestException;
import java.util.regex.Pattern;

/**
 * Text that analysts type and the service stores or filters by (notes, reasons, assignee names): no control
 * characters but tab and line breaks. PostgreSQL cannot store U+0000 at all (the request failed with a 500), and
 * the others only hide text from the people who read the audit trail and the exports.
 */
public final class PlainText {

    /** For {@code @Pattern}: the whole value is free of control characters other than tab, LF and CR. */
    public static final String PATTERN = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]*";
    public static final String MESSAGE = "must not contain control characters other than tab and line breaks";

    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    private PlainText() {
    }

    /** {@code value} itself when it is plain text or null; otherwise a 400 naming {@code field}. */
    public static String check(String field, String value) {
        if (value != null && !COMPILED.matcher(value).matches()) {
            throw new InvalidRequestException(field, MESSAGE);
        }
        return value;
    }
}
