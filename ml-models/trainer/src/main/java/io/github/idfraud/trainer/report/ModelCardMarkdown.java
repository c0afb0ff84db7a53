package io.github.idfraud.trainer.report;

import io.github.idfraud.features.Feature;
import io.github.idfraud.models.DailyReview;
import io.github.idfraud.models.ModelCard;
import io.github.idfraud.models.ModelMetrics;
import io.quarkus.qute.Template;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a model card as Markdown: what the model is for, the data, the metrics (overall, at the daily review
 * capacity, per scenario), the plots, the search, the thresholds, the features. The template
 * {@code templates/model-card.md} holds the words and the layout; this class formats the numbers for it.
 */
final class ModelCardMarkdown {

    private static final Template TEMPLATE = Templates.load("model-card.md");
    private static final Map<String, String> PLOT_TITLES = Map.of("roc", "ROC", "precisionRecall", "Precision-recall",
            "scoreDistribution", "Score distribution by class", "featureImportance", "Feature importance");
    private static final int TOP_FEATURES = 15;

    /** The card's numbers as the template shows them; {@code card} itself gives the words and periods. */
    public record Formatted(String trainPeriodEvents, String trainEvents, String trainFraud, String validEvents,
                            String validFraud, String testEvents, String testFraud, String replayEvents,
                            String replayLabels, String replayRate, int capacity, List<MetricsRow> metrics,
                            Review review, List<ScenarioTable.Row> scenarios, List<Plot> plots,
                            List<CandidateRow> candidates, List<ThresholdRow> thresholds, List<Entry> hyperparameters,
                            List<ImportanceRow> importance, List<FeatureRow> features,
                            List<DetectionTable.Row> detection, List<DetectionTable.BudgetRow> budgets,
                            List<DetectionTable.CurveRow> unseenCurve) {
    }

    public record MetricsRow(String model, String aucRoc, String averagePrecision, String recallAt01, String recallAt1,
                             String recallAt5, String precisionAtK) {
    }

    /** The released model's daily review over the test period. */
    public record Review(int days, String found, String fraudCustomerDays, String recall, String precision,
                         String reviewed) {
    }

    public record Plot(String title, String file) {
    }

    /** {@code mark} is {@code **chosen**} for the released setting, empty for the others. */
    public record CandidateRow(String mark, int trees, int depth, String eta, String minChildWeight,
                               String averagePrecision, String aucRoc, String seconds) {
    }

    public record ThresholdRow(String decision, String threshold, String target, String test) {
    }

    public record ImportanceRow(String feature, String gainShare, String averageGain, long splits) {
    }

    public record Entry(String name, String value) {
    }

    public record FeatureRow(String name, String meaning) {
    }

    String render(ModelCard card) {
        return TEMPLATE.data("card", card).data("f", format(card)).render();
    }

    private static Formatted format(ModelCard card) {
        var data = card.data();
        var replay = card.replay();
        return new Formatted(count(data.trainPeriodEvents()), count(data.trainEvents()), count(data.trainFraud()),
                count(data.validEvents()), count(data.validFraud()), count(data.testEvents()), count(data.testFraud()),
                count(replay.events()), count(replay.labels()), String.format(Locale.ROOT, "%,.0f", replay.eventsPerSecond()),
                card.metrics().xgboost().precisionAtK().capacity(),
                List.of(metricsRow("XGBoost (released)", card.metrics().xgboost()),
                        metricsRow("logistic regression (baseline)", card.metrics().logisticRegression())),
                review(card.metrics().xgboost().precisionAtK()), ScenarioTable.rows(card), plots(card), candidates(card),
                thresholds(card), hyperparameters(card), importance(card), features(), DetectionTable.rows(card),
                DetectionTable.budgets(card), DetectionTable.unseenCurve(card));
    }

    private static MetricsRow metricsRow(String name, ModelMetrics m) {
        return new MetricsRow(name, decimals(4, m.aucRoc()), decimals(4, m.averagePrecision()),
                pct(m.recallAtFpr().get("0.1%")), pct(m.recallAtFpr().get("1%")), pct(m.recallAtFpr().get("5%")),
                pct(m.precisionAtK().meanDailyPrecision()));
    }

    private static Review review(DailyReview review) {
        return new Review(review.days(), count(review.fraudCustomersFound()), count(review.fraudCustomerDays()),
                pct(review.recall()), pct(review.pooledPrecision()), count(review.customersReviewed()));
    }

    private static List<Plot> plots(ModelCard card) {
        List<Plot> plots = new ArrayList<>();
        if (card.plots() != null) {
            card.plots().forEach((name, file) -> plots.add(new Plot(PLOT_TITLES.getOrDefault(name, name), file)));
        }
        return plots;
    }

    private static List<CandidateRow> candidates(ModelCard card) {
        ModelCard.Selection s = card.selection();
        List<CandidateRow> rows = new ArrayList<>();
        for (int i = 0; s != null && i < s.candidates().size(); i++) {
            ModelCard.Candidate c = s.candidates().get(i);
            rows.add(new CandidateRow(i == s.chosen() ? "**chosen**" : "", c.params().numTrees(), c.params().maxDepth(),
                    String.valueOf(c.params().eta()), String.valueOf(c.params().minChildWeight()),
                    decimals(4, c.averagePrecision()), decimals(4, c.aucRoc()), decimals(1, c.trainSeconds())));
        }
        return rows;
    }

    private static List<ThresholdRow> thresholds(ModelCard card) {
        return List.of(thresholdRow("CHALLENGE", "challenge", card.thresholds().challenge(), card),
                thresholdRow("REVIEW", "review", card.thresholds().review(), card),
                thresholdRow("DECLINE", "decline", card.thresholds().decline(), card));
    }

    private static ThresholdRow thresholdRow(String decision, String key, double threshold, ModelCard card) {
        return new ThresholdRow(decision, decimals(6, threshold), pct(card.thresholdAlertRates().get(key)),
                pct(card.calibration().testAlertRates().get(key)));
    }

    private static List<Entry> hyperparameters(ModelCard card) {
        return card.hyperparameters().entrySet().stream().map(e -> new Entry(e.getKey(), String.valueOf(e.getValue())))
                .toList();
    }

    private static List<ImportanceRow> importance(ModelCard card) {
        if (card.featureImportance() == null) {
            return List.of();
        }
        return card.featureImportance().stream().limit(TOP_FEATURES)
                .map(f -> new ImportanceRow(f.feature(), pct(f.gainShare()), decimals(2, f.averageGain()), f.splits()))
                .toList();
    }

    private static List<FeatureRow> features() {
        return Arrays.stream(Feature.values()).map(f -> new FeatureRow(f.featureName(), f.meaning().replace("{}", "N")))
                .toList();
    }

    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private static String decimals(int places, double value) {
        return String.format(Locale.ROOT, "%." + places + "f", value);
    }

    static String pct(Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%.1f%%", value * 100);
    }
}
