package io.github.idfraud.harness;

import java.util.Optional;

/**
 * Reads the two fields the tools count in a scoring answer ({@code {"decision":"REVIEW",...,"degraded":true}}) by
 * scanning the text: the scoring service writes them exactly so, and the sender's event loop has no time to parse.
 */
public final class ScoringAnswer {

    private static final String DECISION = "\"decision\":\"";
    private static final String DEGRADED = "\"degraded\":true";

    private ScoringAnswer() {
    }

    /** The decision ({@code ALLOW}, {@code CHALLENGE}, {@code REVIEW}, {@code DECLINE}), if the body has one. */
    public static Optional<String> decision(String body) {
        int at = body.indexOf(DECISION);
        if (at < 0) {
            return Optional.empty();
        }
        int from = at + DECISION.length();
        int to = body.indexOf('"', from);
        return to > from ? Optional.of(body.substring(from, to)) : Optional.empty();
    }

    /** Scored without the feature windows (Redis failed): fast, but not a full answer. */
    public static boolean degraded(String body) {
        return body.contains(DEGRADED);
    }
}
