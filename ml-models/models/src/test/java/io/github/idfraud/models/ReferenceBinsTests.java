package io.github.idfraud.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReferenceBinsTests {

    @Test
    void distinctValuesGetDecilesWithATenthOfTheEventsEach() {
        double[] values = IntStream.rangeClosed(1, 1000).mapToDouble(i -> i / 1000.0).toArray();

        ReferenceBins bins = ReferenceBins.of(values);

        assertThat(bins.upperBounds()).containsExactly(0.101, 0.201, 0.301, 0.401, 0.501, 0.601, 0.701, 0.801, 0.901);
        assertThat(bins.shares()).hasSize(10).allSatisfy(share -> assertThat(share).isBetween(0.099, 0.101));
        assertThat(bins.shares().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void theScoreAlsoGetsItsTail() {
        double[] values = IntStream.rangeClosed(1, 1000).mapToDouble(i -> i / 1000.0).toArray();

        ReferenceBins bins = ReferenceBins.of(values, ReferenceBins.SCORE_QUANTILES);

        assertThat(bins.upperBounds()).endsWith(0.901, 0.951, 0.991);
        assertThat(bins.shares()).endsWith(0.05, 0.04, 0.009);
    }

    @Test
    void aBinaryFeatureGetsTwoBins() {
        double[] values = IntStream.range(0, 1000).mapToDouble(i -> i < 700 ? 0 : 1).toArray();

        ReferenceBins bins = ReferenceBins.of(values);

        assertThat(bins.upperBounds()).containsExactly(0.0);
        assertThat(bins.shares()).containsExactly(0.7, 0.3);
    }

    @Test
    void aMostlyZeroCountKeepsZeroInABinOfItsOwn() {
        // 85% zeros, then 1..150: the deciles are 0 eight times, then the 90th percentile.
        double[] values = IntStream.range(0, 1000).mapToDouble(i -> i < 850 ? 0 : i - 849).toArray();

        ReferenceBins bins = ReferenceBins.of(values);

        assertThat(bins.upperBounds()).containsExactly(0.0, 51.0);
        assertThat(bins.shares()).containsExactly(0.85, 0.051, 0.099);
    }

    @Test
    void aConstantKeepsOneBoundSoThatAnyOtherValueStandsApart() {
        ReferenceBins bins = ReferenceBins.of(new double[] {720, 720, 720});

        assertThat(bins.upperBounds()).containsExactly(720.0);
        assertThat(bins.shares()).containsExactly(1.0, 0.0);
        assertThat(ReferenceBins.binOf(bins.boundsAsFloats(), 720)).isZero();
        assertThat(ReferenceBins.binOf(bins.boundsAsFloats(), 3)).isZero();
        assertThat(ReferenceBins.binOf(bins.boundsAsFloats(), 721)).isEqualTo(1);
    }

    @Test
    void aValueOnABoundBelongsToTheBinBelowAndComparesAsAFloat() {
        float[] bounds = {0f, 4.82831f, 10f};

        assertThat(ReferenceBins.binOf(bounds, -1)).isZero();
        assertThat(ReferenceBins.binOf(bounds, 0)).isZero();
        assertThat(ReferenceBins.binOf(bounds, 0.5)).isEqualTo(1);
        assertThat(ReferenceBins.binOf(bounds, 4.82831)).as("the double rounds to the bound's float").isEqualTo(1);
        assertThat(ReferenceBins.binOf(bounds, 4.8284)).isEqualTo(2);
        assertThat(ReferenceBins.binOf(bounds, 10)).isEqualTo(2);
        assertThat(ReferenceBins.binOf(bounds, 1e9)).isEqualTo(3);
    }

    @Test
    void noValuesIsRefused() {
        assertThatThrownBy(() -> ReferenceBins.of(new double[0])).isInstanceOf(IllegalArgumentException.class);
    }
}
