package io.github.idfraud.rules;

/** Whether a rule acts on decisions (ACTIVE), is only evaluated and counted (SHADOW), or is not evaluated (OFF). */
public enum RuleStatus {
    ACTIVE,
    SHADOW,
    OFF
}
