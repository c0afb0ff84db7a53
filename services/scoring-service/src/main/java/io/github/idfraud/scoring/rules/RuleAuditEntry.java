package io.github.idfraud.scoring.rules;

import java.time.Instant;
import java.util.List;

/**
 * One change of a tenant's rules: who, when, what, and the set's version before and after.
 *
 * @param who     the authenticated principal, and the operator's name when the call gave one ({@code X-Operator})
 * @param change  PUT_SET, PUT_RULE, SET_STATUS, DELETE_RULE or RESET_TO_DEFAULT
 * @param rules   ids of the rules added, changed or removed
 * @param detail  the new status, or the rules' new versions
 */
public record RuleAuditEntry(Instant at, String who, String change, List<String> rules, String detail, long oldVersion,
                             long newVersion) {
}
