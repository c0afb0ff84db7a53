package io.github.idfraud.contract;

/** One reason behind a score: a stable code, the feature value, and a plain description. */
public record Reason(String code, double value, String description) {
}
