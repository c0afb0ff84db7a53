package io.github.idfraud.models;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.idfraud.contract.DecisionType;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What {@code model-card.json} holds: written by the trainer, read by the scoring service. Extend, never rename: a
 * reader ignores fields it does not know, and cards written before a field existed read it as null (or 0).
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
 * @param alertBudgets REVIEW thresholds per event type for each alert budget (null on older cards)
 * @param detection    per scenario family, on the training world and on an unseen one (null on older cards)
 * @param driftReference score and feature distributions on the calibration period, for drift monitoring; null in
 *                     cards written before it existed (the scoring service then exports no PSI)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ModelCard(String version, String algorithm, Instant createdAt, DayRange trainPeriod, DayRange testPeriod,
                        Data data, List<String> features, Map<String, Object> hyperparameters,
                        Map<String, Object> baselineHyperparameters, Metrics metrics, Thresholds thresholds,
                        Map<String, Double> thresholdAlertRates, BoosterInput boosterInput, Replay replay,
                        String provenance, DayRange validPeriod, Selection selection, Calibration calibration,
                        List<FeatureImportance> featureImportance, Map<String, String> plots,
                        AlertBudgets alertBudgets, Detection detection,
                        @JsonInclude(JsonInclude.Include.NON_NULL) DriftReference driftReference) {

    /** The card of an artifact that came without one: what the artifact itself tells; everything else null. */
    public static ModelCard minimal(String version, String algorithm, List<String> features, String provenance) {
        return new ModelCard(version, algorithm, null, null, null, null, features, null, null, null, null, null, null, null,
                provenance, null, null, null, null, null, null, null, null);
    }

    /**
     * Event counts per period; FRAUD by the event's last label.
     *
     * @param trainPeriodEvents events of the training period before LEGIT sampling
     * @param trainSampling     which training events were trained on
     * @param imbalance         how the class imbalance is handled
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Data(long trainEvents, long trainFraud, long testEvents, long testFraud,
                       Map<String, Integer> testFraudByScenario, long validEvents, long validFraud,
                       long trainPeriodEvents, String trainSampling, String imbalance) {
    }

    /**
     * Score thresholds of the decision policy: a score at or above a threshold earns that decision (or a harsher one).
     * Calibrated ones are ordered challenge <= review <= decline; the scoring service lets operators override each.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Thresholds(double challenge, double review, double decline) {

        /** The decision a score earns: the harshest whose threshold it reaches. */
        public DecisionType decide(double score) {
            if (score >= decline) {
                return DecisionType.DECLINE;
            }
            if (score >= review) {
                return DecisionType.REVIEW;
            }
            return score >= challenge ? DecisionType.CHALLENGE : DecisionType.ALLOW;
        }
    }

    /** Test-period metrics of the released model and of the baseline. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Metrics(ModelMetrics xgboost, ModelMetrics logisticRegression) {
    }

    /**
     * @param featureOrder     feature names by booster column (Tribuo's feature ids: sorted by name, not schema order)
     * @param fraudOutputIndex column of the FRAUD probability in the booster's softprob output
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BoosterInput(List<String> featureOrder, int fraudOutputIndex, int outputs) {
    }

    /** How the training data was produced. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Replay(String log, long events, long labels, double eventsPerSecond) {
    }

    /**
     * @param scoredOn   the events that scored the candidates, e.g. {@code validation period 2026-11-01..2026-11-03}
     * @param metric     the selection metric
     * @param refitted   whether the chosen setting was trained again on every training day after the search
     * @param chosen     index of the released setting in {@code candidates}
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Selection(String scoredOn, String metric, boolean refitted, int chosen, List<Candidate> candidates) {
    }

    /** One hyperparameter setting and how it scored on the selection events. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Candidate(BoosterParams params, double averagePrecision, double aucRoc, double trainSeconds) {
    }

    /**
     * @param calibratedOn   the period whose scores set the thresholds
     * @param testAlertRates share of test-period events at or above each threshold (decision name to share)
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Calibration(String calibratedOn, Map<String, Double> testAlertRates) {
    }
}
