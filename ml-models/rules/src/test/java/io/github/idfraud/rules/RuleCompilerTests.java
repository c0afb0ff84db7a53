package io.github.idfraud.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.idfraud.features.Feature;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleCompilerTests {

    private final RuleCompiler compiler = new RuleCompiler();

    static Rule rule(String id, String condition, RuleAction action, RuleStatus status) {
        return new Rule(id, "test rule " + id, condition, action, "RULE_" + id.toUpperCase().replace('-', '_'), status, 1);
    }

    @Test
    void theDefaultSetCompiles() {
        RuleSet defaults = DefaultRules.load();
        assertThat(defaults.rules()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(compiler.compile(defaults).source()).isEqualTo(defaults);
    }

    @Test
    void everyFeatureIsAVariableOfTypeDouble() {
        RuleSet all = new RuleSet(Arrays.stream(Feature.values())
                .map(f -> rule("f-" + f.ordinal(), "features." + f.name() + " >= 0.0", RuleAction.REVIEW, RuleStatus.ACTIVE))
                .toList());
        assertThat(all.rules()).hasSize(Feature.values().length);
        compiler.compile(all);
    }

    @Test
    void everyEventFieldIsAVariable() {
        RuleSet all = new RuleSet(Arrays.stream(EventFields.Name.values())
                .map(n -> rule("e-" + n.ordinal(), "event." + n.name() + " == event." + n.name(), RuleAction.REVIEW, RuleStatus.ACTIVE))
                .toList());
        compiler.compile(all);
    }

    @Test
    void anUnknownFeatureIsRefusedNamingTheRule() {
        RuleSet set = new RuleSet(List.of(
                rule("fine", "features.DEVICE_EVENTS_1H > 3.0", RuleAction.REVIEW, RuleStatus.ACTIVE),
                rule("typo", "features.DEVICE_EVENTS_1HOUR > 3.0", RuleAction.REVIEW, RuleStatus.ACTIVE)));
        assertThatThrownBy(() -> compiler.compile(set))
                .isInstanceOf(InvalidRuleSetException.class)
                .hasMessageStartingWith("rule typo: condition names unknown variables features.DEVICE_EVENTS_1HOUR;")
                .satisfies(e -> assertThat(((InvalidRuleSetException) e).problems()).extracting(RuleProblem::ruleId)
                        .containsExactly("typo"));
    }

    @Test
    void syntaxAndTypeErrorsAreRefusedEachNamingItsRule() {
        RuleSet set = new RuleSet(List.of(
                rule("syntax", "features.DEVICE_EVENTS_1H >", RuleAction.REVIEW, RuleStatus.ACTIVE),
                rule("types", "features.DEVICE_EVENTS_1H > \"three\"", RuleAction.REVIEW, RuleStatus.ACTIVE),
                rule("not-bool", "features.DEVICE_EVENTS_1H + 1.0", RuleAction.REVIEW, RuleStatus.ACTIVE)));
        assertThatThrownBy(() -> compiler.compile(set))
                .isInstanceOf(InvalidRuleSetException.class)
                .satisfies(e -> assertThat(((InvalidRuleSetException) e).problems())
                        .extracting(RuleProblem::ruleId).containsExactly("syntax", "types", "not-bool"))
                .hasMessageContaining("rule not-bool: condition is a double, it must be a bool");
    }

    @Test
    void duplicateIdsBadFieldsAndAnUnkeyedSuppressionAreRefused() {
        Rule noAction = new Rule("no-action", "d", "true", null, "RULE_X", RuleStatus.ACTIVE, 1);
        Rule badCode = new Rule("bad-code", "d", "true", RuleAction.REVIEW, "lower case", RuleStatus.ACTIVE, 1);
        RuleSet set = new RuleSet(List.of(
                rule("twice", "true", RuleAction.REVIEW, RuleStatus.ACTIVE),
                rule("twice", "false", RuleAction.REVIEW, RuleStatus.ACTIVE),
                noAction, badCode,
                rule("suppress-all", "event.type == \"TRANSACTION\"", RuleAction.SUPPRESS, RuleStatus.ACTIVE)));
        assertThatThrownBy(() -> compiler.compile(set))
                .isInstanceOf(InvalidRuleSetException.class)
                .hasMessageContaining("rule twice: id is used by another rule")
                .hasMessageContaining("rule no-action: action is required")
                .hasMessageContaining("rule bad-code: reasonCode must be")
                .hasMessageContaining("rule suppress-all: condition of a SUPPRESS rule must name its allow-listed key, event.merchantId");
    }
}
