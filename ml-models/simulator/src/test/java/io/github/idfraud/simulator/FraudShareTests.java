package io.github.idfraud.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FraudShareTests {

    @Test
    void defaultRatesGiveHalfAPercentToTwoPercentFraudEvents() {
        SimulationSummary summary = SimulatedLog.standard().summary();

        assertThat(summary.fraudShare()).isBetween(0.005, 0.02);
        assertThat(summary.eventsByScenario().get(Scenario.STOLEN_IDENTITY.id())).isPositive();
        assertThat(summary.eventsByScenario().get(Scenario.ACCOUNT_TAKEOVER.id())).isPositive();
    }

    @Test
    void fraudScalesWithTheConfiguredRates() {
        double standard = SimulatedLog.standard().summary().fraudShare();
        double heavy = SimulatedLog.fraudHeavy().summary().fraudShare();

        assertThat(heavy).isBetween(5 * standard, 15 * standard);
    }

    @Test
    void zeroRatesGiveNoFraudAtAll() {
        SimulationConfig quiet = SimulationConfig.defaults(3, 20, 500).withoutFraud();

        assertThat(SimulatedLog.run(quiet).summary().fraudEvents()).isZero();
    }
}
