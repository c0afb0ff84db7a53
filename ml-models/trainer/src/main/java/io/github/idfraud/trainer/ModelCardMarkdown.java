package io.github.idfraud.trainer;

import io.github.idfraud.features.Feature;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** Renders a model card as Markdown: what the model is for, the data, the metrics, the thresholds, the features. */
final class ModelCardMarkdown {

    String render(ModelCard card) {
        StringBuilder md = new StringBuilder();
        md.append("# Model card: ").append(card.version()).append("\n\n");
        md.append("Identity-theft fraud score for account events and transactions: the probability that an event is ")
                .append("FRAUD, computed from the feature engine's event-time windows. ")
                .append("Trained by `trainer train` (replay of an event log through the one feature engine).\n\n");
        md.append("| | |\n|---|---|\n");
        row(md, "Algorithm", card.algorithm());
        row(md, "Created", card.createdAt().toString());
        row(md, "Training period (UTC, inclusive)", card.trainPeriod().toString());
        row(md, "Test period (UTC, inclusive)", card.testPeriod().toString());
        row(md, "Training events (FRAUD)", card.data().trainEvents() + " (" + card.data().trainFraud() + ")");
        row(md, "Test events (FRAUD)", card.data().testEvents() + " (" + card.data().testFraud() + ")");
        row(md, "Replay", card.replay().events() + " events, " + card.replay().labels() + " labels at "
                + String.format(Locale.ROOT, "%,.0f", card.replay().eventsPerSecond()) + " events/s");
        md.append("\n## Test-period metrics\n\n");
        md.append("| model | AUC ROC | average precision | recall at 1% FPR |\n|---|---|---|---|\n");
        metricsRow(md, "XGBoost (released)", card.metrics().xgboost());
        metricsRow(md, "logistic regression (baseline)", card.metrics().logisticRegression());
        md.append("\nRecall at the 1%-FPR threshold per scenario of the FRAUD events in the test period (`legit`: events ")
                .append("the simulator generated as legitimate but whose last label says FRAUD, i.e. label noise):\n\n");
        md.append("| scenario | FRAUD events | XGBoost | logistic regression |\n|---|---|---|---|\n");
        var scenarios = new TreeSet<>(card.metrics().xgboost().perScenarioRecall().keySet());
        for (String scenario : scenarios) {
            md.append("| ").append(scenario).append(" | ").append(card.data().testFraudByScenario().getOrDefault(scenario, 0))
                    .append(" | ").append(pct(card.metrics().xgboost().perScenarioRecall().get(scenario)))
                    .append(" | ").append(pct(card.metrics().logisticRegression().perScenarioRecall().get(scenario)))
                    .append(" |\n");
        }
        md.append("\n## Decision thresholds\n\nCalibrated on the test-period scores for target alert rates; ")
                .append("a score at or above a threshold earns the decision.\n\n");
        md.append("| decision | threshold | share of test events |\n|---|---|---|\n");
        thresholdRow(md, "CHALLENGE", card.thresholds().challenge(), card.thresholdAlertRates().get("challenge"));
        thresholdRow(md, "REVIEW", card.thresholds().review(), card.thresholdAlertRates().get("review"));
        thresholdRow(md, "DECLINE", card.thresholds().decline(), card.thresholdAlertRates().get("decline"));
        md.append("\n## Hyperparameters\n\n");
        for (Map.Entry<String, Object> e : card.hyperparameters().entrySet()) {
            md.append("- ").append(e.getKey()).append(": ").append(e.getValue()).append('\n');
        }
        md.append("\nProvenance: ").append(card.provenance()).append("\n\n");
        md.append("The booster inside model.tribuo numbers features by Tribuo feature id (sorted by name, not schema ")
                .append("order) and puts the FRAUD probability in output column ")
                .append(card.boosterInput().fraudOutputIndex()).append(" of ").append(card.boosterInput().outputs())
                .append(".\n\n## Features (schema order)\n\n| feature | meaning |\n|---|---|\n");
        for (Feature f : Feature.values()) {
            md.append("| `").append(f.featureName()).append("` | ").append(f.meaning().replace("{}", "N")).append(" |\n");
        }
        md.append("\n## Caveats\n\n- Synthetic data when the log comes from the simulator: the metrics say how well the ")
                .append("model finds the simulated fraud patterns, not how it will do on a bank's traffic.\n")
                .append("- Thresholds are calibrated on the test period; recalibrate on live score distributions.\n")
                .append("- Scores are not calibrated probabilities: FRAUD examples were up-weighted in training.\n");
        return md.toString();
    }

    private static void row(StringBuilder md, String name, String value) {
        md.append("| ").append(name).append(" | ").append(value).append(" |\n");
    }

    private static void metricsRow(StringBuilder md, String name, ModelMetrics m) {
        md.append(String.format(Locale.ROOT, "| %s | %.4f | %.4f | %s |%n", name, m.aucRoc(), m.averagePrecision(),
                pct(m.recallAt1PctFpr())));
    }

    private static void thresholdRow(StringBuilder md, String decision, double threshold, Double rate) {
        md.append(String.format(Locale.ROOT, "| %s | %.6f | %s |%n", decision, threshold, rate == null ? "" : pct(rate)));
    }

    private static String pct(Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%.1f%%", value * 100);
    }
}
