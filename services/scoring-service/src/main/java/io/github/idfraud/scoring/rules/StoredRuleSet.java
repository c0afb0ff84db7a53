package io.github.idfraud.scoring.rules;

import io.github.idfraud.rules.RuleSet;

/**
 * A tenant's rule set as stored, with the set's version: 0 is the built-in default set (nothing stored), every
 * stored change adds one.
 *
 * @param own whether the tenant has rules of its own (false: the default set)
 */
public record StoredRuleSet(long version, boolean own, RuleSet rules) {
}
