package io.github.idfraud.trainer.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.idfraud.features.Feature;
import io.github.idfraud.features.FeatureSchema;
import io.github.idfraud.models.ModelCard;
import io.github.idfraud.rules.EventFields;
import io.github.idfraud.rules.Rule;
import io.github.idfraud.rules.RuleAction;
import io.github.idfraud.rules.RuleCompiler;
import io.github.idfraud.rules.RuleSet;
import io.github.idfraud.rules.RuleStatus;
import io.github.idfraud.trainer.replay.Periods;
import io.github.idfraud.trainer.replay.ReplayedEvent;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleBacktestTests {

    private static final ModelCard.Thresholds THRESHOLDS = new ModelCard.Thresholds(0.5, 0.8, 0.95);

    private static ReplayedEvent event(String id, String scenario, boolean fraud, double deviceEvents) {
        float[] features = new float[FeatureSchema.size()];
        features[Feature.DEVICE_EVENTS_1H.ordinal()] = (float) deviceEvents;
        EventFields fields = new EventFields("LOGIN", 0, "", "", "", "", "", "", true, "PASSWORD", "", 10, true);
        return new ReplayedEvent("bank-a", id, Instant.parse("2026-10-01T10:00:00Z"), scenario, features, fraud,
                Periods.Split.TEST, "c:" + id, fields);
    }

    @Test
    void judgesEachRuleAndTheThreeDecidersOverallAndPerScenario() {
        // e1: fraud, model flags, rule fires; e2: fraud, model misses, rule fires; e3: fraud, nobody flags;
        // e4: legit, rule fires (a false positive); e5: legit, model flags.
        List<ReplayedEvent> events = List.of(event("e1", "takeover", true, 9), event("e2", "takeover", true, 9),
                event("e3", "slow", true, 0), event("e4", "legit", false, 9), event("e5", "legit", false, 0));
        double[] scores = {0.9, 0.1, 0.1, 0.1, 0.97};
        var rules = new RuleCompiler().compile(new RuleSet(List.of(
                new Rule("busy-device", "d", "features.DEVICE_EVENTS_1H >= 5.0", RuleAction.REVIEW, "RULE_BUSY", RuleStatus.ACTIVE, 1),
                new Rule("shadow", "d", "features.DEVICE_EVENTS_1H >= 5.0", RuleAction.DECLINE, "RULE_SHADOW", RuleStatus.SHADOW, 1))));

        RuleBacktest.Result result = new RuleBacktest().run(events, scores, new ModelPolicy(THRESHOLDS, null), rules);

        RuleBacktest.RuleStats busy = result.rules().get(0);
        assertThat(busy.hits()).isEqualTo(3);
        assertThat(busy.fraudHits()).isEqualTo(2);
        assertThat(busy.precision()).isEqualTo(0.6667);
        assertThat(busy.recall()).isEqualTo(0.6667);
        assertThat(busy.flaggedByModel()).isEqualTo(1);
        assertThat(busy.fraudMissedByModel()).isEqualTo(1);
        assertThat(result.rules().get(1).hits()).as("shadow rules are judged too").isEqualTo(3);

        DecisionComparison d = result.decisions();
        assertThat(d.deciders()).containsExactly("model", "rules", "model+rules");
        assertThat(d.get("model", "all").recall()).isEqualTo(0.3333);
        assertThat(d.get("rules", "all").recall()).isEqualTo(0.6667);
        assertThat(d.get("model+rules", "all").recall()).isEqualTo(0.6667);
        assertThat(d.get("model+rules", "all").flagged()).isEqualTo(4);
        assertThat(d.get("model+rules", "all").legitFlaggedRate()).isEqualTo(1.0);
        assertThat(d.get("rules", "legit").legitFlaggedRate()).isEqualTo(0.5);
        assertThat(d.get("model", "takeover").recall()).isEqualTo(0.5);
        assertThat(d.get("model+rules", "takeover").recall()).isEqualTo(1.0);
        assertThat(d.get("model+rules", "slow").recall()).isEqualTo(0.0);
        assertThat(d.scenarios()).containsExactly("all", "legit", "slow", "takeover");
    }
}
