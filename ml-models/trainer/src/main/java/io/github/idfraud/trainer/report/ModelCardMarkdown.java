package io.github.idfraud.trainer.report;

import io.github.idfraud.features.Feature;
import io.github.idfraud.models.DailyReview;
import io.github.idfraud.models.ModelCard;
import io.github.idfraud.models.ModelMetrics;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a model card as Markdown: what the model is for, the data, the metrics (overall, at the daily review
 * capacity, per scenario), the plots, the search, the thresholds, the features.
 */
final class ModelCardMarkdown {

    private static final Map<String, String> PLOT_TITLES = Map.of("roc", "ROC", "precisionRecall", "Precision-recall",
            "scoreDistribution", "Score distribution by class", "featureImportance", "Feature importance");

    String render(ModelCard card) {
        StringBuilder md = new StringBuilder();
        md.append("# Model card: ").append(card.version()).append("\n\n");
        md.append("Identity-theft fraud score for account events and transactions: the probability that an event is ")
                .append("FRAUD, computed from the feature engine's event-time windows. ")
                .append("Trained by `trainer train` (replay of an event log through the one feature engine).\n\n");
        overview(md, card);
        metrics(md, card);
        new ScenarioTable().render(md, card);
        plots(md, card);
        selection(md, card);
        thresholds(md, card);
        md.append("\n## Hyperparameters of the released model\n\n");
        for (Map.Entry<String, Object> e : card.hyperparameters().entrySet()) {
            md.append("- ").append(e.getKey()).append(": ").append(e.getValue()).append('\n');
        }
        md.append("\nClass imbalance: ").append(card.data().imbalance()).append(".\n\n");
        md.append("Provenance: ").append(card.provenance()).append("\n\n");
        md.append("The booster inside model.tribuo numbers features by Tribuo feature id (sorted by name, not schema ")
                .append("order) and puts the FRAUD probability in output column ")
                .append(card.boosterInput().fraudOutputIndex()).append(" of ").append(card.boosterInput().outputs())
                .append(".\n");
        importance(md, card);
        md.append("\n## Features (schema order)\n\n| feature | meaning |\n|---|---|\n");
        for (Feature f : Feature.values()) {
            md.append("| `").append(f.featureName()).append("` | ").append(f.meaning().replace("{}", "N")).append(" |\n");
        }
        md.append("\n## Caveats\n\n- Synthetic data when the log comes from the simulator: the metrics say how well the ")
                .append("model finds the simulated fraud patterns, not how it will do on a bank's traffic.\n")
                .append("- Targets are labels: fraud that was never labelled counts as LEGIT in training and in the ")
                .append("metrics; the `flagged` columns above show how each scenario fares regardless of labels.\n")
                .append("- Thresholds were calibrated on the ").append(card.calibration().calibratedOn())
                .append("; recalibrate on live score distributions.\n")
                .append("- Scores are not calibrated probabilities: FRAUD examples were up-weighted and LEGIT ones ")
                .append("sampled in training.\n");
        return md.toString();
    }

    private static void overview(StringBuilder md, ModelCard card) {
        var data = card.data();
        md.append("| | |\n|---|---|\n");
        row(md, "Algorithm", card.algorithm());
        row(md, "Created", card.createdAt().toString());
        row(md, "Training period (UTC, inclusive)", card.trainPeriod() + " (" + String.format(Locale.ROOT, "%,d",
                data.trainPeriodEvents()) + " events)");
        row(md, "Trained on", String.format(Locale.ROOT, "%,d events (%,d FRAUD): %s", data.trainEvents(), data.trainFraud(),
                data.trainSampling()));
        row(md, "Validation period", card.validPeriod() == null ? "none (hold-out training days selected the model)"
                : card.validPeriod() + String.format(Locale.ROOT, " (%,d events, %,d FRAUD)", data.validEvents(), data.validFraud()));
        row(md, "Test period (UTC, inclusive)", card.testPeriod() + String.format(Locale.ROOT, " (%,d events, %,d FRAUD)",
                data.testEvents(), data.testFraud()));
        row(md, "Replay", String.format(Locale.ROOT, "%s: %,d events, %,d labels at %,.0f events/s", card.replay().log(),
                card.replay().events(), card.replay().labels(), card.replay().eventsPerSecond()));
    }

    private static void metrics(StringBuilder md, ModelCard card) {
        int k = card.metrics().xgboost().precisionAtK().capacity();
        md.append("\n## Test-period metrics\n\n");
        md.append("| model | AUC ROC | average precision | recall at 0.1% FPR | recall at 1% FPR | recall at 5% FPR | ")
                .append("precision at ").append(k).append(" customers/day |\n|---|---|---|---|---|---|---|\n");
        metricsRow(md, "XGBoost (released)", card.metrics().xgboost());
        metricsRow(md, "logistic regression (baseline)", card.metrics().logisticRegression());
        DailyReview review = card.metrics().xgboost().precisionAtK();
        md.append(String.format(Locale.ROOT, "%nPrecision at k: each day analysts review the %d customers with the highest "
                        + "score (a customer's score is the highest of their events that day; a customer is FRAUD that day when "
                        + "any of those events is). Over %d days the XGBoost model's review finds %,d of %,d FRAUD "
                        + "customer-days (%s); %s of the %,d customers reviewed are FRAUD.%n", k, review.days(),
                review.fraudCustomersFound(), review.fraudCustomerDays(), pct(review.recall()), pct(review.pooledPrecision()),
                review.customersReviewed()));
    }

    private static void plots(StringBuilder md, ModelCard card) {
        if (card.plots() == null || card.plots().isEmpty()) {
            return;
        }
        md.append("\n## Plots (test period)\n");
        card.plots().forEach((name, file) -> md.append("\n![").append(PLOT_TITLES.getOrDefault(name, name)).append("](")
                .append(file).append(")\n"));
    }

    private static void selection(StringBuilder md, ModelCard card) {
        ModelCard.Selection s = card.selection();
        if (s == null) {
            return;
        }
        md.append("\n## Hyperparameter search\n\nEach candidate was trained on the training events and scored by ")
                .append(s.metric()).append(" on the ").append(s.scoredOn()).append(s.refitted()
                        ? "; the chosen one was then trained again on every training day." : "; the chosen one is released as trained.")
                .append("\n\n| | trees | depth | eta | min child weight | average precision | AUC ROC | seconds |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        for (int i = 0; i < s.candidates().size(); i++) {
            ModelCard.Candidate c = s.candidates().get(i);
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %s | %s | %.4f | %.4f | %.1f |%n", i == s.chosen() ? "**chosen**"
                            : "", c.params().numTrees(), c.params().maxDepth(), c.params().eta(), c.params().minChildWeight(),
                    c.averagePrecision(), c.aucRoc(), c.trainSeconds()));
        }
    }

    private static void thresholds(StringBuilder md, ModelCard card) {
        md.append("\n## Decision thresholds\n\nCalibrated on the ").append(card.calibration().calibratedOn())
                .append(" for target alert rates; a score at or above a threshold earns the decision.\n\n");
        md.append("| decision | threshold | target share of events | share of test events |\n|---|---|---|---|\n");
        thresholdRow(md, "CHALLENGE", "challenge", card.thresholds().challenge(), card);
        thresholdRow(md, "REVIEW", "review", card.thresholds().review(), card);
        thresholdRow(md, "DECLINE", "decline", card.thresholds().decline(), card);
    }

    private static void importance(StringBuilder md, ModelCard card) {
        if (card.featureImportance() == null || card.featureImportance().isEmpty()) {
            return;
        }
        md.append("\n## Feature importance (top 15 by share of total gain)\n\n| feature | share of gain | average gain | splits |\n")
                .append("|---|---|---|---|\n");
        card.featureImportance().stream().limit(15).forEach(f -> md.append(String.format(Locale.ROOT,
                "| `%s` | %s | %.2f | %d |%n", f.feature(), pct(f.gainShare()), f.averageGain(), f.splits())));
    }

    private static void row(StringBuilder md, String name, String value) {
        md.append("| ").append(name).append(" | ").append(value).append(" |\n");
    }

    private static void metricsRow(StringBuilder md, String name, ModelMetrics m) {
        md.append(String.format(Locale.ROOT, "| %s | %.4f | %.4f | %s | %s | %s | %s |%n", name, m.aucRoc(), m.averagePrecision(),
                pct(m.recallAtFpr().get("0.1%")), pct(m.recallAtFpr().get("1%")), pct(m.recallAtFpr().get("5%")),
                pct(m.precisionAtK().meanDailyPrecision())));
    }

    private static void thresholdRow(StringBuilder md, String decision, String key, double threshold, ModelCard card) {
        md.append(String.format(Locale.ROOT, "| %s | %.6f | %s | %s |%n", decision, threshold,
                pct(card.thresholdAlertRates().get(key)), pct(card.calibration().testAlertRates().get(key))));
    }

    static String pct(Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%.1f%%", value * 100);
    }
}
