package io.github.idfraud.trainer;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What {@code model-card.json} holds. The scoring service reads these field names: extend, do not rename.
 *
 * @param version      {@code xgb-YYYY-MM-DD-xxxx}: training day and the first 4 hex digits of SHA-256(model.tribuo)
 * @param features     feature names in {@code FeatureSchema} order
 * @param metrics      test-period metrics
 * @param thresholds   decision thresholds; {@code calibration} says on which period
 * @param boosterInput how the native booster inside model.tribuo indexes its inputs and outputs
 * @param provenance   short summary of the Tribuo model provenance
 * @param validPeriod  the validation period, or null when the hold-out days of training selected the model
 * @param selection    the hyperparameter search: every candidate and its validation score
 * @param plots        plot name to PNG file name, beside the card
 */
public record ModelCard(String version, String algorithm, Instant createdAt, DayRange trainPeriod, DayRange testPeriod,
                        Data data, List<String> features, Map<String, Object> hyperparameters,
                        Map<String, Object> baselineHyperparameters, Metrics metrics, Thresholds thresholds,
                        Map<String, Double> thresholdAlertRates, BoosterInput boosterInput, Replay replay,
                        String provenance, DayRange validPeriod, Selection selection, Calibration calibration,
                        List<FeatureImportance> featureImportance, Map<String, String> plots) {

    /**
     * Event counts per period; FRAUD by the event's last label.
     *
     * @param trainPeriodEvents events of the training period before LEGIT sampling
     * @param trainSampling     which training events were trained on
     * @param imbalance         how the class imbalance is handled
     */
    public record Data(long trainEvents, long trainFraud, long testEvents, long testFraud,
                       Map<String, Integer> testFraudByScenario, long validEvents, long validFraud,
                       long trainPeriodEvents, String trainSampling, String imbalance) {
    }

    /** Test-period metrics of the released model and of the baseline. */
    public record Metrics(ModelMetrics xgboost, ModelMetrics logisticRegression) {
    }

    /**
     * @param featureOrder     feature names by booster column (Tribuo's feature ids: sorted by name, not schema order)
     * @param fraudOutputIndex column of the FRAUD probability in the booster's softprob output
     */
    public record BoosterInput(List<String> featureOrder, int fraudOutputIndex, int outputs) {
    }

    /** How the training data was produced. */
    public record Replay(String log, long events, long labels, double eventsPerSecond) {
    }

    /**
     * @param scoredOn   the events that scored the candidates, e.g. {@code validation period 2026-11-01..2026-11-03}
     * @param metric     the selection metric
     * @param refitted   whether the chosen setting was trained again on every training day after the search
     * @param chosen     index of the released setting in {@code candidates}
     */
    public record Selection(String scoredOn, String metric, boolean refitted, int chosen, List<Candidate> candidates) {
    }

    /** One hyperparameter setting and how it scored on the selection events. */
    public record Candidate(BoosterParams params, double averagePrecision, double aucRoc, double trainSeconds) {
    }

    /**
     * @param calibratedOn   the period whose scores set the thresholds
     * @param testAlertRates share of test-period events at or above each threshold (decision name to share)
     */
    public record Calibration(String calibratedOn, Map<String, Double> testAlertRates) {
    }
}
