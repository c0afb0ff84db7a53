package io.github.idfraud.trainer.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.idfraud.models.ModelCard;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ThresholdCalibratorTests {

    private final ThresholdCalibrator calibrator = new ThresholdCalibrator();

    @Test
    void thresholdsAreOrderedAndHitTheirAlertRates() {
        double[] scores = new Random(3).doubles(10_000).map(x -> x * x).toArray();
        ModelCard.Thresholds t = calibrator.calibrate(scores);
        assertThat(t.challenge()).isLessThanOrEqualTo(t.review());
        assertThat(t.review()).isLessThanOrEqualTo(t.decline());
        assertThat(share(scores, t.challenge())).isEqualTo(0.05);
        assertThat(share(scores, t.review())).isEqualTo(0.01);
        assertThat(share(scores, t.decline())).isEqualTo(0.002);
    }

    @Test
    void tiedAndTinyScoreSetsStillGiveOrderedThresholds() {
        ModelCard.Thresholds tied = calibrator.calibrate(new double[] {0.1, 0.1, 0.1, 0.1});
        assertThat(tied).isEqualTo(new ModelCard.Thresholds(0.1, 0.1, 0.1));
        ModelCard.Thresholds one = calibrator.calibrate(new double[] {0.7});
        assertThat(one.challenge()).isEqualTo(0.7);
    }

    @Test
    void achievedRatesAreTheSharesAtOrAboveEachThreshold() {
        double[] scores = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0};
        var rates = ThresholdCalibrator.achievedRates(new ModelCard.Thresholds(0.5, 0.8, 1.0), scores);
        assertThat(rates).containsExactly(java.util.Map.entry("challenge", 0.6), java.util.Map.entry("review", 0.3),
                java.util.Map.entry("decline", 0.1));
    }

    private static double share(double[] scores, double threshold) {
        return Arrays.stream(scores).filter(s -> s >= threshold).count() / (double) scores.length;
    }
}
