package io.github.idfraud.scoring.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.idfraud.features.FeatureSchema;
import java.util.SplittableRandom;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.tribuo.classification.Label;
import org.tribuo.classification.xgboost.XGBoostClassificationTrainer;
import org.tribuo.common.xgboost.XGBoostModel;

class TreePathAttributionsTests {

    @Test
    void eachClassesAttributionsAndBiasAddUpToItsMarginLessTheSameBaseScore() throws Exception {
        String[] names = FeatureSchema.names().toArray(String[]::new);
        XGBoostModel<Label> model = (XGBoostModel<Label>) new XGBoostClassificationTrainer(20)
                .train(TinyModels.dataset(names));
        Booster booster = model.getInnerModels().get(0);
        int columns = model.getFeatureIDMap().size();
        TreePathAttributions paths = TreePathAttributions.of(booster, columns, 2);
        int stride = columns + 1;

        SplittableRandom random = new SplittableRandom(5);
        Double baseScore = null;
        for (int n = 0; n < 200; n++) {
            float[] data = new float[columns];
            int[] indices = new int[columns];
            for (int column = 0; column < columns; column++) {
                indices[column] = column;
                data[column] = random.nextInt(4);
            }
            DMatrix row = new DMatrix(new long[] {0, columns}, indices, data, DMatrix.SparseType.CSR, columns);
            try {
                float[] margins = booster.predict(row, true)[0];
                float[] contributions = paths.contributions(booster.predictLeaf(row, 0)[0]);
                for (int group = 0; group < 2; group++) {
                    double sum = 0;
                    for (int i = 0; i < stride; i++) {
                        sum += contributions[group * stride + i];
                    }
                    // What is left is XGBoost's base score: the same for every row and class.
                    double base = margins[group] - sum;
                    if (baseScore == null) {
                        baseScore = base;
                    }
                    assertThat(base).as("row %d, class %d", n, group).isCloseTo(baseScore, Offset.offset(1e-4));
                }
            } finally {
                row.dispose();
            }
        }
    }
}
