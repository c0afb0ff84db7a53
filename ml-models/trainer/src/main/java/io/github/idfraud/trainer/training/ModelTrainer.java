package io.github.idfraud.trainer.training;

import io.github.idfraud.models.BoosterParams;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tribuo.Dataset;
import org.tribuo.Example;
import org.tribuo.Feature;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.classification.xgboost.XGBoostClassificationTrainer;
import org.tribuo.common.xgboost.XGBoostTrainer;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.transform.TransformTrainer;
import org.tribuo.transform.Transformation;
import org.tribuo.transform.TransformationMap;
import org.tribuo.transform.transformations.MeanStdDevTransformation;

/** Trains the released model (XGBoost) and the baseline it must beat (logistic regression). */
public final class ModelTrainer {

    private final TrainingSettings settings;

    public ModelTrainer(TrainingSettings settings) {
        this.settings = settings;
    }

    public Model<Label> xgboost(Dataset<Label> train, BoosterParams params) {
        // Histogram splits: several times faster than exact splits on a few hundred thousand rows, same AUC.
        var trainer = new XGBoostClassificationTrainer(XGBoostTrainer.BoosterType.GBTREE, XGBoostTrainer.TreeMethod.HIST,
                params.numTrees(), params.eta(), 0.0, params.maxDepth(), params.minChildWeight(),
                params.subsample(), params.featureSubsample(), 1.0, 0.0, settings.threads(),
                XGBoostTrainer.LoggingVerbosity.SILENT, settings.seed());
        return trainer.train(train);
    }

    /**
     * Logistic regression by SGD on standardised features. The standardisation is part of the saved model (a Tribuo
     * TransformedModel), so it takes raw features like the XGBoost model does.
     */
    public Model<Label> logisticRegression(Dataset<Label> train) {
        var sgd = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(settings.baselineLearningRate(), 0.1),
                settings.baselineEpochs(), -1, 1, settings.seed());
        return new TransformTrainer<>(sgd, new TransformationMap(standardisable(train))).train(train);
    }

    /** A mean/std transformation for every feature that varies: a constant feature would be divided by zero. */
    private static Map<String, List<Transformation>> standardisable(Dataset<Label> train) {
        Map<String, double[]> minMax = new HashMap<>();
        for (Example<Label> example : train) {
            for (Feature f : example) {
                double[] mm = minMax.computeIfAbsent(f.getName(), n -> new double[] {f.getValue(), f.getValue()});
                mm[0] = Math.min(mm[0], f.getValue());
                mm[1] = Math.max(mm[1], f.getValue());
            }
        }
        Map<String, List<Transformation>> transformations = new HashMap<>();
        minMax.forEach((name, mm) -> {
            if (mm[1] > mm[0]) {
                transformations.put(name, new ArrayList<>(List.of(new MeanStdDevTransformation())));
            }
        });
        return transformations;
    }
}
