package io.github.idfraud.trainer.plot;

import io.github.idfraud.models.FeatureImportance;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the evaluation plots of one period as PNG files into a directory: ROC, precision-recall and score
 * distribution (of the first model), and feature importance when there is one.
 */
public final class PlotWriter {

    public static final String ROC = "roc.png";
    public static final String PRECISION_RECALL = "precision-recall.png";
    public static final String SCORE_DISTRIBUTION = "score-distribution.png";
    public static final String FEATURE_IMPORTANCE = "feature-importance.png";

    static {
        // Before any chart class loads AWT: build and training machines have no display.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /**
     * @param period        what the scores are of, for titles, e.g. {@code test period 2026-11-04..2026-11-14}
     * @param scoresByModel scores per model name, the released (or first) model first
     * @return plot name to file name, for links
     */
    public Map<String, String> write(Path dir, String period, boolean[] fraud, Map<String, double[]> scoresByModel,
                                     List<FeatureImportance> importance) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        Charts.save(RocChart.of("ROC, " + period, fraud, scoresByModel), dir.resolve(ROC), Charts.WIDTH, Charts.HEIGHT);
        files.put("roc", ROC);
        Charts.save(PrecisionRecallChart.of("Precision-recall, " + period, fraud, scoresByModel),
                dir.resolve(PRECISION_RECALL), Charts.WIDTH, Charts.HEIGHT);
        files.put("precisionRecall", PRECISION_RECALL);
        var first = scoresByModel.entrySet().iterator().next();
        Charts.save(ScoreDistributionChart.of("Scores of " + first.getKey() + " by class, " + period, fraud, first.getValue()),
                dir.resolve(SCORE_DISTRIBUTION), Charts.WIDTH, Charts.HEIGHT);
        files.put("scoreDistribution", SCORE_DISTRIBUTION);
        if (!importance.isEmpty()) {
            Charts.save(FeatureImportanceChart.of("Feature importance (XGBoost total gain, top "
                            + Math.min(FeatureImportanceChart.TOP, importance.size()) + ")", importance),
                    dir.resolve(FEATURE_IMPORTANCE), Charts.WIDTH, Charts.HEIGHT + 100);
            files.put("featureImportance", FEATURE_IMPORTANCE);
        }
        return files;
    }
}
