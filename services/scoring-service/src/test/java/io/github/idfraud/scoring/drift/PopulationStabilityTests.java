package io.github.idfraud.scoring.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PopulationStabilityTests {

    @Test
    void matchesAHandComputedIndex() {
        // (0.3-0.5) ln(0.3/0.5) + (0.3-0.3) ln 1 + (0.4-0.2) ln(0.4/0.2) = 0.102165 + 0 + 0.138629 = 0.240794
        double psi = PopulationStability.index(new double[] {0.5, 0.3, 0.2}, new int[] {30, 30, 40}, 100);

        assertThat(psi).isCloseTo(0.240794, within(1e-6));
    }

    @Test
    void theSameDistributionGivesZero() {
        assertThat(PopulationStability.index(new double[] {0.25, 0.75}, new int[] {250, 750}, 1000)).isZero();
    }

    @Test
    void emptyBinsOnEitherSideCountWithTheSmoothingShare() {
        // Live never reaches bin 1, and half of it lands in bin 2, which the reference never saw:
        // (1e-4 - 0.5) ln(1e-4/0.5) + (0.5 - 1e-4) ln(0.5/1e-4) = 2 * 0.4999 * ln(5000) = 8.515490
        double psi = PopulationStability.index(new double[] {0.5, 0.5, 0}, new int[] {50, 0, 50}, 100);

        assertThat(psi).isCloseTo(8.515490, within(1e-6));
    }

    @Test
    void countsThatDoNotMatchTheBinsAreRefused() {
        assertThatThrownBy(() -> PopulationStability.index(new double[] {1.0}, new int[] {1, 2}, 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PopulationStability.index(new double[] {1.0}, new int[] {0}, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
