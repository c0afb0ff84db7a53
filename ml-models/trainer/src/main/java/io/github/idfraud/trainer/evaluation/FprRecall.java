package io.github.idfraud.trainer.evaluation;

import java.util.Arrays;

/** Recall when a given share of LEGIT events may be flagged (recall at a false-positive rate). */
final class FprRecall {

    private final boolean[] fraud;
    private final double[] scores;
    private final double[] legitAscending;
    private final int frauds;

    FprRecall(boolean[] fraud, double[] scores) {
        this.fraud = fraud;
        this.scores = scores;
        double[] legit = new double[scores.length];
        int n = 0;
        for (int i = 0; i < scores.length; i++) {
            if (!fraud[i]) {
                legit[n++] = scores[i];
            }
        }
        legitAscending = Arrays.copyOf(legit, n);
        Arrays.sort(legitAscending);
        frauds = scores.length - n;
    }

    /**
     * The score above which at most {@code fpr} of the LEGIT events lie: an event is flagged when its score is
     * strictly greater, so ties at the threshold are not flagged and the rate is never exceeded.
     */
    double threshold(double fpr) {
        if (legitAscending.length == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        int index = Math.max(0, (int) Math.ceil((1 - fpr) * legitAscending.length) - 1);
        return legitAscending[index];
    }

    /** Share of FRAUD events scored strictly above the {@code fpr} threshold. */
    double recall(double fpr) {
        double threshold = threshold(fpr);
        int caught = 0;
        for (int i = 0; i < scores.length; i++) {
            if (fraud[i] && scores[i] > threshold) {
                caught++;
            }
        }
        return frauds == 0 ? 0 : (double) caught / frauds;
    }
}
