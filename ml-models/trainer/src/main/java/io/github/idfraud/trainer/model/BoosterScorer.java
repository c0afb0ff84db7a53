package io.github.idfraud.trainer.model;

import io.github.idfraud.features.FeatureSchema;
import io.github.idfraud.models.ModelCard;
import io.github.idfraud.trainer.replay.ReplayedEvent;
import java.util.List;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.tribuo.classification.Label;
import org.tribuo.common.xgboost.XGBoostModel;

/**
 * Scores events with an XGBoost model's native booster, in dense batches whose native matrices are freed at once:
 * Tribuo's own predict builds a matrix per call from boxed values and never frees it (see STACK.md). Gives the
 * same probabilities as Tribuo (every feature present, zeros included, in the booster's column order).
 */
final class BoosterScorer {

    private static final int BATCH_ROWS = 50_000;

    private final XGBoostModel<Label> model;
    private final int[] schemaIndexOfColumn;
    private final int fraudColumn;

    BoosterScorer(XGBoostModel<Label> model) {
        this.model = model;
        ModelCard.BoosterInput layout = BoosterLayout.of(model);
        List<String> schema = FeatureSchema.names();
        schemaIndexOfColumn = new int[layout.featureOrder().size()];
        for (int c = 0; c < schemaIndexOfColumn.length; c++) {
            schemaIndexOfColumn[c] = schema.indexOf(layout.featureOrder().get(c));
            if (schemaIndexOfColumn[c] < 0) {
                throw new IllegalArgumentException("the model knows feature " + layout.featureOrder().get(c)
                        + ", which FeatureSchema does not compute");
            }
        }
        fraudColumn = layout.fraudOutputIndex();
    }

    double[] fraudScores(List<ReplayedEvent> events) {
        double[] scores = new double[events.size()];
        int columns = schemaIndexOfColumn.length;
        // getInnerModels hands out a copy of the booster: free it when done.
        Booster booster = model.getInnerModels().get(0);
        try {
            for (int start = 0; start < events.size(); start += BATCH_ROWS) {
                int rows = Math.min(BATCH_ROWS, events.size() - start);
                float[] dense = new float[rows * columns];
                for (int r = 0; r < rows; r++) {
                    float[] features = events.get(start + r).features();
                    for (int c = 0; c < columns; c++) {
                        dense[r * columns + c] = features[schemaIndexOfColumn[c]];
                    }
                }
                DMatrix matrix = new DMatrix(dense, rows, columns, Float.NaN);
                try {
                    float[][] probabilities = booster.predict(matrix);
                    for (int r = 0; r < rows; r++) {
                        scores[start + r] = probabilities[r][fraudColumn];
                    }
                } finally {
                    matrix.dispose();
                }
            }
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost could not score the events: " + e.getMessage(), e);
        } finally {
            booster.dispose();
        }
        return scores;
    }
}
