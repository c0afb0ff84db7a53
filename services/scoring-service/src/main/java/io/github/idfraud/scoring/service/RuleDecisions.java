package io.github.idfraud.scoring.service;

import io.github.idfraud.contract.Decision;
import io.github.idfraud.contract.Event;
import io.github.idfraud.contract.Reason;
import io.github.idfraud.contract.ReasonSource;
import io.github.idfraud.features.FeatureVector;
import io.github.idfraud.rules.EventFields;
import io.github.idfraud.rules.Rule;
import io.github.idfraud.rules.RuleOutcome;
import io.github.idfraud.scoring.rules.TenantRules;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the tenant's rules after the model on a fully scored event and combines: the decision is the highest of the
 * model's and the ACTIVE rules' (capped at CHALLENGE when an ACTIVE SUPPRESS rule fired), and the ACTIVE rules that
 * fired lead the reasons, before the model's. SHADOW rules are only counted. The score stays the model's.
 */
@Singleton
public class RuleDecisions {

    private final TenantRules rules;
    private final ScoringMetrics metrics;

    RuleDecisions(TenantRules rules, ScoringMetrics metrics) {
        this.rules = rules;
        this.metrics = metrics;
    }

    public Decision apply(String tenant, Event event, FeatureVector features, Decision model) {
        RuleOutcome outcome = rules.of(tenant).compiled().evaluate(features, EventFields.of(event));
        if (outcome == RuleOutcome.NONE) {
            return model;
        }
        outcome.fired().forEach(rule -> metrics.ruleFired(tenant, rule.id(), rule.status().name(), rule.action().name()));
        outcome.failed().forEach(rule -> metrics.ruleFailed(tenant, rule.id()));
        List<Rule> active = outcome.active();
        if (active.isEmpty()) {
            return model;
        }
        List<Reason> reasons = new ArrayList<>(active.size() + model.reasons().size());
        active.forEach(rule -> reasons.add(reason(rule)));
        reasons.addAll(model.reasons());
        return new Decision(model.eventId(), model.score(), outcome.decide(model.decision()), reasons, model.modelVersion(),
                model.degraded(), model.features());
    }

    /** A fired rule as a reason: its code, 1 (it fired), and its id, version and description. */
    static Reason reason(Rule rule) {
        return new Reason(rule.reasonCode(), 1, "rule " + rule.id() + " v" + rule.version() + ": " + rule.description(),
                ReasonSource.RULE);
    }
}
