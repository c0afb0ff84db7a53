package io.github.idfraud.trainer;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What {@code model-card.json} holds. The scoring service reads these field names: extend, do not rename.
 *
 * @param version      {@code xgb-YYYY-MM-DD-xxxx}: training day and the first 4 hex digits of SHA-256(model.tribuo)
 * @param features     feature names in {@code FeatureSchema} order
 * @param boosterInput how the native booster inside model.tribuo indexes its inputs and outputs
 * @param provenance   short summary of the Tribuo model provenance
 */
public record ModelCard(String version, String algorithm, Instant createdAt, DayRange trainPeriod, DayRange testPeriod,
                        Data data, List<String> features, Map<String, Object> hyperparameters,
                        Map<String, Object> baselineHyperparameters, Metrics metrics, Thresholds thresholds,
                        Map<String, Double> thresholdAlertRates, BoosterInput boosterInput, Replay replay,
                        String provenance) {

    /** Event counts per period; FRAUD by the event's last label. */
    public record Data(long trainEvents, long trainFraud, long testEvents, long testFraud,
                       Map<String, Integer> testFraudByScenario) {
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
}
