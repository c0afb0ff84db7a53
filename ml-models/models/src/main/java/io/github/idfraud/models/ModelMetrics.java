package io.github.idfraud.models;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * How well one model ranks a period's events.
 *
 * @param recallAt1PctFpr   share of FRAUD events caught when 1% of LEGIT events are flagged
 * @param perScenarioRecall the same recall per simulator scenario of the FRAUD events ({@code unknown} in real logs)
 * @param recallAtFpr       recall at 0.1%, 1% and 5% false-positive rate, keyed {@code "0.1%"}, {@code "1%"}, {@code "5%"}
 * @param precisionAtK      precision at the daily review capacity, counted per customer and day
 * @param scenarios         every scenario in the period, with or without FRAUD labels
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ModelMetrics(double aucRoc, double averagePrecision, double recallAt1PctFpr,
                           Map<String, Double> perScenarioRecall, Map<String, Double> recallAtFpr,
                           DailyReview precisionAtK, Map<String, ScenarioResult> scenarios) {

    /** The same metrics to 4 decimals, as shown in model cards. */
    public ModelMetrics rounded() {
        Map<String, Double> perScenario = new TreeMap<>();
        perScenarioRecall.forEach((k, v) -> perScenario.put(k, Rounding.round(v)));
        Map<String, Double> atFpr = new LinkedHashMap<>();
        recallAtFpr.forEach((k, v) -> atFpr.put(k, Rounding.round(v)));
        Map<String, ScenarioResult> byScenario = new TreeMap<>();
        scenarios.forEach((k, v) -> byScenario.put(k, v.rounded()));
        return new ModelMetrics(Rounding.round(aucRoc), Rounding.round(averagePrecision), Rounding.round(recallAt1PctFpr),
                perScenario, atFpr, precisionAtK.rounded(), byScenario);
    }
}
