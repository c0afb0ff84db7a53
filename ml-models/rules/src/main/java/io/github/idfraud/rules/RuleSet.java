package io.github.idfraud.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A tenant's rules, evaluated in this order; compiled and validated as a whole by {@link RuleCompiler}. */
public record RuleSet(List<Rule> rules) {

    public RuleSet {
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    public static RuleSet empty() {
        return new RuleSet(List.of());
    }

    public Optional<Rule> find(String id) {
        return rules.stream().filter(r -> r.id() != null && r.id().equals(id)).findFirst();
    }

    /** This set with {@code rule} replacing the rule of the same id, or appended when there is none. */
    public RuleSet with(Rule rule) {
        List<Rule> next = new ArrayList<>(rules);
        int at = indexOf(rule.id());
        if (at >= 0) {
            next.set(at, rule);
        } else {
            next.add(rule);
        }
        return new RuleSet(next);
    }

    public RuleSet without(String id) {
        return new RuleSet(rules.stream().filter(r -> !id.equals(r.id())).toList());
    }

    /**
     * This set as the next version of {@code previous}: a rule unchanged in content keeps its version, a changed
     * one gets the previous version plus one, a new one starts at 1. Callers' own version numbers are ignored.
     */
    public RuleSet versionedAfter(RuleSet previous) {
        return new RuleSet(rules.stream().map(rule -> previous.find(rule.id())
                .map(old -> rule.sameContentAs(old) ? rule.withVersion(old.version()) : rule.withVersion(old.version() + 1))
                .orElse(rule.withVersion(1))).toList());
    }

    private int indexOf(String id) {
        for (int i = 0; i < rules.size(); i++) {
            if (id != null && id.equals(rules.get(i).id())) {
                return i;
            }
        }
        return -1;
    }
}
