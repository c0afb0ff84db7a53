package io.github.idfraud.rules;

import dev.cel.runtime.CelEvaluationException;
import io.github.idfraud.features.FeatureVector;
import java.util.ArrayList;
import java.util.List;

/**
 * A validated rule set, ready to run on the hot path: each event costs one evaluation of each ACTIVE or SHADOW
 * program over variables resolved on demand (no map built per event). Immutable; safe to share between threads.
 */
public final class CompiledRuleSet {

    private final RuleSet source;
    private final List<CompiledRule> evaluated;

    CompiledRuleSet(RuleSet source, List<CompiledRule> compiled) {
        this.source = source;
        this.evaluated = compiled.stream().filter(c -> c.rule().status() != RuleStatus.OFF).toList();
    }

    public RuleSet source() {
        return source;
    }

    public RuleOutcome evaluate(FeatureVector features, EventFields event) {
        if (evaluated.isEmpty()) {
            return RuleOutcome.NONE;
        }
        RuleInput input = new RuleInput(features, event);
        List<Rule> fired = null;
        List<Rule> failed = null;
        for (CompiledRule rule : evaluated) {
            try {
                if (Boolean.TRUE.equals(rule.program().eval(input))) {
                    fired = add(fired, rule.rule());
                }
            } catch (CelEvaluationException | RuntimeException e) {
                failed = add(failed, rule.rule());
            }
        }
        return fired == null && failed == null ? RuleOutcome.NONE
                : new RuleOutcome(fired == null ? List.of() : fired, failed == null ? List.of() : failed);
    }

    private static List<Rule> add(List<Rule> list, Rule rule) {
        List<Rule> out = list == null ? new ArrayList<>(2) : list;
        out.add(rule);
        return out;
    }
}
