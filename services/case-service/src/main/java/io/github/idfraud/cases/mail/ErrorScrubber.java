package io.github.idfraud.cases.mail;

import java.util.regex.Pattern;

/** Turns a sending error into a message fit for a database column and a log: no addresses, no phone numbers. */
final class ErrorScrubber {

    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"'(),;:]+@[^\\s<>\"'(),;:]+");
    private static final Pattern NUMBER = Pattern.compile("\\+?\\d[\\d \\-]{6,}\\d");
    private static final int MAX_LENGTH = 300;

    private ErrorScrubber() {
    }

    static String scrub(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        message = NUMBER.matcher(ADDRESS.matcher(message).replaceAll("[address]")).replaceAll("[number]");
        return message.length() <= MAX_LENGTH ? message : message.substring(0, MAX_LENGTH);
    }
}
