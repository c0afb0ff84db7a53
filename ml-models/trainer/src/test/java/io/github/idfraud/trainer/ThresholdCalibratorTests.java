package io.github.idfraud.trainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ThresholdCalibratorTests {

    private final ThresholdCalibrator calibrator = new ThresholdCalibrator();

    @Test
    void thresholdsAreOrderedAndHitTheirAlertRates() {
        double[] scores = new Random(3).doubles(10_000).map(x -> x * x).toArray();
        Thresholds t = calibrator.calibrate(scores);
        assertThat(t.challenge()).isLessThanOrEqualTo(t.review());
        assertThat(t.review()).isLessThanOrEqualTo(t.decline());
        assertThat(share(scores, t.challenge())).isEqualTo(0.05);
        assertThat(share(scores, t.review())).isEqualTo(0.01);
        assertThat(share(scores, t.decline())).isEqualTo(0.002);
    }

    @Test
    void tiedAndTinyScoreSetsStillGiveOrderedThresholds() {
        Thresholds tied = calibrator.calibrate(new double[] {0.1, 0.1, 0.1, 0.1});
        assertThat(tied).isEqualTo(new Thresholds(0.1, 0.1, 0.1));
        Thresholds one = calibrator.calibrate(new double[] {0.7});
        assertThat(one.challenge()).isEqualTo(0.7);
    }

    @Test
    void refusesUnorderedThresholds() {
        assertThatThrownBy(() -> new Thresholds(0.9, 0.5, 0.95)).hasMessageContaining("challenge <= review <= decline");
    }

    @Test
    void recallAtOnePercentFalsePositiveRateFlagsAtMostOnePercentOfLegit() {
        boolean[] fraud = new boolean[1000];
        double[] scores = new double[1000];
        for (int i = 0; i < 1000; i++) {
            fraud[i] = i >= 950;
            scores[i] = i / 1000.0;
        }
        double threshold = Evaluation.thresholdAtFpr(fraud, scores, 0.01);
        long legitFlagged = java.util.stream.IntStream.range(0, 1000).filter(i -> !fraud[i] && scores[i] > threshold).count();
        assertThat(legitFlagged).isLessThanOrEqualTo(9);
    }

    private static double share(double[] scores, double threshold) {
        return Arrays.stream(scores).filter(s -> s >= threshold).count() / (double) scores.length;
    }
}
