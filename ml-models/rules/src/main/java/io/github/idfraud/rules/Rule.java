package io.github.idfraud.rules;

/**
 * One tenant rule. The condition is a CEL expression over {@code features.<FEATURE>} (every
 * {@link io.github.idfraud.features.Feature}, as double) and {@code event.<field>} (see {@link EventFields}); it
 * must be a bool.
 *
 * @param id          unique within the set: letters, digits, {@code - _ .}, at most 64 characters
 * @param reasonCode  the code the decision's reasons carry when the rule fires, e.g. {@code RULE_TAKEOVER_CHAIN}
 * @param version     kept by the store: 1 when the rule is created, +1 on every change (0 in a file: not stored yet)
 */
public record Rule(String id, String description, String condition, RuleAction action, String reasonCode,
                   RuleStatus status, int version) {

    public Rule withVersion(int newVersion) {
        return new Rule(id, description, condition, action, reasonCode, status, newVersion);
    }

    public Rule withStatus(RuleStatus newStatus) {
        return new Rule(id, description, condition, action, reasonCode, newStatus, version);
    }

    /** Whether two rules say the same thing, whatever their versions. */
    public boolean sameContentAs(Rule other) {
        return other != null && withVersion(0).equals(other.withVersion(0));
    }
}
