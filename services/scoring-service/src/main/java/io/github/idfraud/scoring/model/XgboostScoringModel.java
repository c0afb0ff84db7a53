package io.github.idfraud.scoring.model;

import io.github.idfraud.features.Feature;
import io.github.idfraud.features.FeatureVector;
import io.github.idfraud.models.ModelCard;
import java.util.ArrayList;
import java.util.List;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.classification.Label;
import org.tribuo.common.xgboost.XGBoostModel;

/**
 * Scores with the booster inside a Tribuo XGBoost model directly. Tribuo's own predict(Example) leaks a native
 * DMatrix per call; here every matrix is disposed. The row is built exactly as Tribuo builds training rows: every
 * feature present (zeros included), columns in the model's feature-id order.
 * Reasons come from per-feature attributions along the paths the row takes through the trees
 * ({@link TreePathAttributions}), in log-odds of FRAUD against LEGIT.
 */
final class XgboostScoringModel implements ScoringModel {

    private final Booster booster;
    private final ModelCard card;
    private final Feature[] featureOfColumn;
    private final int fraudClass;
    private final int classes;
    private final TreePathAttributions paths;

    XgboostScoringModel(XGBoostModel<Label> model, ModelCard card) {
        this.card = card;
        this.booster = model.getInnerModels().get(0);
        try {
            // One row at a time: OpenMP threads cost far more than they save (measured: predictContrib 4-5 ms with
            // the default threads, 0.14-0.18 ms with one; predict 0.3 ms against 0.03 ms).
            booster.setParam("nthread", "1");
        } catch (XGBoostError e) {
            throw new IllegalStateException("cannot configure the booster", e);
        }
        ImmutableFeatureMap featureMap = model.getFeatureIDMap();
        this.featureOfColumn = new Feature[featureMap.size()];
        for (Feature feature : Feature.values()) {
            featureOfColumn[featureMap.getID(feature.featureName())] = feature;
        }
        this.fraudClass = model.getOutputIDInfo().getID(new Label(ModelLoader.FRAUD));
        this.classes = model.getOutputIDInfo().size();
        if (fraudClass < 0) {
            throw new IllegalArgumentException("model has no FRAUD output; outputs are " + model.getOutputIDInfo().getDomain());
        }
        try {
            this.paths = TreePathAttributions.of(booster, featureOfColumn.length, outputGroups());
        } catch (XGBoostError e) {
            throw new IllegalStateException("cannot read the booster's trees", e);
        }
    }

    /** How many margins the booster outputs per row: one per class of a softprob model, else one. */
    private int outputGroups() throws XGBoostError {
        DMatrix empty = row(new float[featureOfColumn.length]);
        try {
            return booster.predict(empty, true)[0].length;
        } finally {
            empty.dispose();
        }
    }

    @Override
    public Prediction predict(FeatureVector features) {
        int columns = featureOfColumn.length;
        float[] data = new float[columns];
        for (int column = 0; column < columns; column++) {
            data[column] = (float) features.get(featureOfColumn[column]);
        }
        DMatrix row = null;
        try {
            row = row(data);
            float[] probabilities = booster.predict(row)[0];
            float[] contributions = paths.contributions(booster.predictLeaf(row, 0)[0]);
            double fraud = classes == 1 || probabilities.length == 1 ? probabilities[0] : probabilities[fraudClass];
            return new Prediction(fraud, attributions(contributions, columns));
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost prediction failed", e);
        } finally {
            if (row != null) {
                row.dispose();
            }
        }
    }

    /** One row with every column present, zeros included, as Tribuo builds training rows. */
    private static DMatrix row(float[] data) throws XGBoostError {
        int columns = data.length;
        int[] indices = new int[columns];
        for (int column = 0; column < columns; column++) {
            indices[column] = column;
        }
        return new DMatrix(new long[] {0, columns}, indices, data, DMatrix.SparseType.CSR, columns);
    }

    private List<Attribution> attributions(float[] contributions, int columns) {
        List<Attribution> result = new ArrayList<>(columns);
        int stride = columns + 1; // one bias term per class
        boolean perClass = contributions.length == stride * classes && classes == 2;
        for (int column = 0; column < columns; column++) {
            double c = perClass
                    ? contributions[fraudClass * stride + column] - contributions[(1 - fraudClass) * stride + column]
                    : contributions[column];
            result.add(new Attribution(featureOfColumn[column], c));
        }
        return result;
    }

    @Override
    public ModelCard card() {
        return card;
    }

    @Override
    public void close() {
        booster.dispose();
    }
}
