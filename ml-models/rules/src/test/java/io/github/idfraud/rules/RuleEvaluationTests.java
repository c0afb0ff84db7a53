package io.github.idfraud.rules;

import static io.github.idfraud.rules.RuleCompilerTests.rule;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.idfraud.contract.Channel;
import io.github.idfraud.contract.DecisionType;
import io.github.idfraud.contract.Device;
import io.github.idfraud.contract.Event;
import io.github.idfraud.contract.EventType;
import io.github.idfraud.contract.Transaction;
import io.github.idfraud.features.Feature;
import io.github.idfraud.features.FeatureVector;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RuleEvaluationTests {

    private final RuleCompiler compiler = new RuleCompiler();

    static Event cardPayment(String merchant, String amount) {
        return new Event("evt-1", EventType.TRANSACTION, Instant.parse("2026-11-28T10:15:30Z"), "c-1", "acc-1", null,
                new Device("d-1", "203.0.113.7", null, null, null), null, null, null,
                new Transaction(new BigDecimal(amount), "GBP", Channel.CARD_NOT_PRESENT, merchant, "5732"));
    }

    static FeatureVector features(Feature feature, double value) {
        double[] values = new double[Feature.values().length];
        values[feature.ordinal()] = value;
        return FeatureVector.of(values);
    }

    @Test
    void anActiveRuleRaisesTheDecisionAndAShadowRuleNever() {
        CompiledRuleSet set = compiler.compile(new RuleSet(List.of(
                rule("busy-device", "features.DEVICE_EVENTS_1H >= 5.0", RuleAction.REVIEW, RuleStatus.ACTIVE),
                rule("big", "event.amount > 1000.0", RuleAction.DECLINE, RuleStatus.SHADOW),
                rule("off", "true", RuleAction.DECLINE, RuleStatus.OFF))));

        RuleOutcome outcome = set.evaluate(features(Feature.DEVICE_EVENTS_1H, 6), EventFields.of(cardPayment("m-1", "1500.00")));

        assertThat(outcome.fired()).extracting(Rule::id).containsExactly("busy-device", "big");
        assertThat(outcome.active()).extracting(Rule::id).containsExactly("busy-device");
        assertThat(outcome.decide(DecisionType.ALLOW)).isEqualTo(DecisionType.REVIEW);
        assertThat(outcome.decide(DecisionType.DECLINE)).as("a rule only raises").isEqualTo(DecisionType.DECLINE);

        RuleOutcome quiet = set.evaluate(features(Feature.DEVICE_EVENTS_1H, 1), EventFields.of(cardPayment("m-1", "1500.00")));
        assertThat(quiet.fired()).extracting(Rule::id).containsExactly("big");
        assertThat(quiet.decide(DecisionType.ALLOW)).as("shadow rules never decide").isEqualTo(DecisionType.ALLOW);
    }

    @Test
    void anAllowListedMerchantSuppressesTheAlertButKeepsTheStepUp() {
        CompiledRuleSet set = compiler.compile(new RuleSet(List.of(
                rule("busy-device", "features.DEVICE_EVENTS_1H >= 5.0", RuleAction.DECLINE, RuleStatus.ACTIVE),
                rule("payroll-merchant", "event.merchantId in [\"m-trusted\"]", RuleAction.SUPPRESS, RuleStatus.ACTIVE))));

        RuleOutcome trusted = set.evaluate(features(Feature.DEVICE_EVENTS_1H, 9), EventFields.of(cardPayment("m-trusted", "10")));
        RuleOutcome other = set.evaluate(features(Feature.DEVICE_EVENTS_1H, 9), EventFields.of(cardPayment("m-other", "10")));

        assertThat(trusted.suppressed()).isTrue();
        assertThat(trusted.decide(DecisionType.REVIEW)).isEqualTo(DecisionType.CHALLENGE);
        assertThat(trusted.decide(DecisionType.ALLOW)).isEqualTo(DecisionType.CHALLENGE);
        assertThat(other.decide(DecisionType.ALLOW)).isEqualTo(DecisionType.DECLINE);
    }

    @Test
    void aTransfersCounterpartyIsNeverShownAsAMerchant() {
        Event transfer = new Event("evt-2", EventType.TRANSACTION, Instant.parse("2026-11-28T23:05:00Z"), "c-1", null, null,
                null, null, null, null, new Transaction(new BigDecimal("50"), "GBP", Channel.TRANSFER, "person-payee", null));
        EventFields fields = EventFields.of(transfer);
        assertThat(fields.merchantId()).isEmpty();
        assertThat(fields.hourUtc()).isEqualTo(23);
        assertThat(fields.hasDevice()).isFalse();
    }

    @Test
    void aRuleFailingAtRunTimeCountsAsNotFiredAndIsReported() {
        CompiledRuleSet set = compiler.compile(new RuleSet(List.of(
                rule("divides", "event.hourUtc / (event.hourUtc - 10) > 1", RuleAction.DECLINE, RuleStatus.ACTIVE))));
        RuleOutcome outcome = set.evaluate(features(Feature.DEVICE_EVENTS_1H, 0), EventFields.of(cardPayment("m", "1")));
        assertThat(outcome.fired()).isEmpty();
        assertThat(outcome.failed()).extracting(Rule::id).containsExactly("divides");
        assertThat(outcome.decide(DecisionType.ALLOW)).isEqualTo(DecisionType.ALLOW);
    }

    /** The hot-path cost of the default set, printed for the docs; no timed assertion (machines differ). */
    @Test
    void measuresTheCostOfTheDefaultSetPerEvent() {
        CompiledRuleSet set = compiler.compile(DefaultRules.load());
        EventFields event = EventFields.of(cardPayment("m-1", "25.00"));
        FeatureVector features = features(Feature.DEVICE_EVENTS_1H, 3);
        int fired = 0;
        for (int i = 0; i < 50_000; i++) {
            fired += set.evaluate(features, event).fired().size();
        }
        int runs = 200_000;
        long started = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            fired += set.evaluate(features, event).fired().size();
        }
        double micros = (System.nanoTime() - started) / 1e3 / runs;
        System.out.printf(Locale.ROOT, "default rule set (%d rules): %.2f µs per event (%d firings)%n",
                set.source().rules().size(), micros, fired);
        assertThat(micros).isPositive();
    }
}
