package io.github.idfraud.rules;

/**
 * What is wrong with one rule of a set.
 *
 * @param ruleId the rule's id as given (or {@code #<position>} when it has none)
 * @param field  the rule's field at fault: id, description, condition, action, reasonCode, status
 */
public record RuleProblem(String ruleId, String field, String message) {

    @Override
    public String toString() {
        return "rule " + ruleId + ": " + field + " " + message;
    }
}
