package io.github.idfraud.trainer.evaluation;

import io.github.idfraud.models.ModelCard;
import io.github.idfraud.models.Rounding;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sets decision thresholds from a score distribution so that each decision hits a target alert rate: challenge
 * the top 5% of events, review the top 1%, decline the top 0.2%. Training calibrates on the validation period
 * when there is one, so that the test period can say which alert rates the thresholds really give.
 */
public final class ThresholdCalibrator {

    static final double CHALLENGE_RATE = 0.05;
    static final double REVIEW_RATE = 0.01;
    static final double DECLINE_RATE = 0.002;

    public ModelCard.Thresholds calibrate(double[] scores) {
        if (scores.length == 0) {
            throw new IllegalArgumentException("no scores to calibrate thresholds on");
        }
        double[] sorted = scores.clone();
        Arrays.sort(sorted);
        return new ModelCard.Thresholds(topRate(sorted, CHALLENGE_RATE), topRate(sorted, REVIEW_RATE),
                topRate(sorted, DECLINE_RATE));
    }

    /** The target alert rate of each decision, as in the model card. */
    public static Map<String, Double> alertRates() {
        Map<String, Double> rates = new LinkedHashMap<>();
        rates.put("challenge", CHALLENGE_RATE);
        rates.put("review", REVIEW_RATE);
        rates.put("decline", DECLINE_RATE);
        return rates;
    }

    /** The share of events at or above each threshold, keyed like {@link #alertRates()}. */
    public static Map<String, Double> achievedRates(ModelCard.Thresholds thresholds, double[] scores) {
        Map<String, Double> rates = new LinkedHashMap<>();
        rates.put("challenge", Rounding.round(shareAtOrAbove(scores, thresholds.challenge())));
        rates.put("review", Rounding.round(shareAtOrAbove(scores, thresholds.review())));
        rates.put("decline", Rounding.round(shareAtOrAbove(scores, thresholds.decline())));
        return rates;
    }

    private static double shareAtOrAbove(double[] scores, double threshold) {
        long n = 0;
        for (double s : scores) {
            n += s >= threshold ? 1 : 0;
        }
        return scores.length == 0 ? 0 : (double) n / scores.length;
    }

    /** The lowest score among the top {@code rate} share of events (at least one event). */
    static double topRate(double[] ascending, double rate) {
        int flagged = Math.max(1, (int) Math.ceil(rate * ascending.length));
        return ascending[ascending.length - flagged];
    }
}
