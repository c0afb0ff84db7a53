package io.github.idfraud.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulationConfigTests {

    @Test
    void defaultsStartInOctober2026WithThreeBanks() {
        SimulationConfig config = SimulationConfig.defaults(1, 30, 100);

        assertThat(config.start()).isEqualTo(Instant.parse("2026-10-01T00:00:00Z"));
        assertThat(config.end()).isEqualTo(Instant.parse("2026-10-31T00:00:00Z"));
        assertThat(config.tenants()).containsExactly("bank-a", "bank-b", "bank-c");
    }

    @Test
    void rejectsInvalidValuesSayingWhatWouldBeValid() {
        SimulationConfig ok = SimulationConfig.defaults(1, 30, 100);

        assertThatThrownBy(() -> ok.withTenants(List.of("bank-a", "bank-a"))).hasMessageContaining("distinct");
        assertThatThrownBy(() -> new SimulationConfig(1, ok.start().plusMillis(5), 30, 100, ok.tenants(), ok.legit(),
                ok.fraudsters(), ok.stolenIdentity(), ok.accountTakeover(), ok.simSwap(), ok.cardCompromise(),
                ok.syntheticIdentity(), ok.moneyMule(), ok.cardTesting(), ok.slowTakeover(), ok.lookalikes(),
                ok.dataQuality(), ok.labels()))
                .hasMessageContaining("whole second");
        assertThatThrownBy(() -> SimulationConfig.defaults(1, 0, 100)).hasMessageContaining("days must be between 1");
        assertThatThrownBy(() -> new StolenIdentityParams(0.001, 5, 3, 48, 0.5, 0.5, 0.2))
                .hasMessageContaining("minApplications (5) must not exceed maxApplications (3)");
        assertThatThrownBy(() -> ok.accountTakeover().withDailyRate(1.5)).hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> new MoneyMuleParams(0.001, 5, 12, 6, 4, 0.5))
                .hasMessageContaining("minSenders (12) must not exceed maxSenders (6)");
        assertThatThrownBy(() -> ok.legit().withJoinDailyRate(-0.1)).hasMessageContaining("joinDailyRate");
        assertThatThrownBy(() -> ok.lookalikes().withPopularPayeesPer10k(0))
                .hasMessageContaining("popularPayeesPer10k must be between 1 and 1000");
    }

    @Test
    void aSingleTenantStillWorks() {
        SimulationConfig single = SimulationConfig.defaults(9, 10, 200).withTenants(List.of("only-bank"));

        assertThat(SimulatedLog.run(single).events()).allSatisfy(l -> assertThat(l.tenant()).isEqualTo("only-bank"));
    }
}
