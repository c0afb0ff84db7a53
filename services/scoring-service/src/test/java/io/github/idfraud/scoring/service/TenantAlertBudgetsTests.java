package io.github.idfraud.scoring.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class TenantAlertBudgetsTests {

    @Test
    void aTenantsOwnBudgetWinsThenTheConfiguredDefaultThenTheCards() {
        var budgets = new TenantAlertBudgets(OptionalDouble.of(0.02), Optional.of("bank-a:0.005, bank-b:0.05"));

        assertThat(budgets.of("bank-a", 0.01)).isEqualTo(0.005);
        assertThat(budgets.of("bank-b", 0.01)).isEqualTo(0.05);
        assertThat(budgets.of("bank-c", 0.01)).isEqualTo(0.02);
        assertThat(new TenantAlertBudgets(OptionalDouble.empty(), Optional.empty()).of("bank-c", 0.01)).isEqualTo(0.01);
    }

    @Test
    void aMalformedBudgetStopsStartUpNamingTheTenant() {
        assertThatThrownBy(() -> new TenantAlertBudgets(OptionalDouble.empty(), Optional.of("bank-a:lots")))
                .hasMessageContaining("bank-a").hasMessageContaining("lots");
        assertThatThrownBy(() -> new TenantAlertBudgets(OptionalDouble.empty(), Optional.of("bank-a:1.5")))
                .hasMessageContaining("bank-a").hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> new TenantAlertBudgets(OptionalDouble.empty(), Optional.of("0.01")))
                .hasMessageContaining("fraud.decision.alert-budgets").hasMessageContaining("tenant:value");
    }
}
