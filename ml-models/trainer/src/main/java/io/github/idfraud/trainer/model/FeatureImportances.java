package io.github.idfraud.trainer.model;

import io.github.idfraud.models.FeatureImportance;
import io.github.idfraud.models.Rounding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.common.xgboost.XGBoostModel;

/** Reads {@link FeatureImportance}s from a trained model (Tribuo's {@code getFeatureImportance()}). */
public final class FeatureImportances {

    private FeatureImportances() {
    }

    /** Every feature the model splits on, by total gain, highest first; empty for models that are not XGBoost. */
    public static List<FeatureImportance> of(Model<Label> model) {
        if (!(model instanceof XGBoostModel<Label> xgboost)) {
            return List.of();
        }
        var importances = xgboost.getFeatureImportance().get(0).getImportances();
        double totalGain = importances.stream().mapToDouble(i -> i.getTotalGain()).sum();
        List<FeatureImportance> result = new ArrayList<>();
        for (var i : importances) {
            result.add(new FeatureImportance(i.getFeatureName(), totalGain == 0 ? 0 : Rounding.round(i.getTotalGain() / totalGain),
                    Rounding.round(i.getGain()), Math.round(i.getWeight())));
        }
        result.sort(Comparator.comparingDouble(FeatureImportance::gainShare).reversed()
                .thenComparing(FeatureImportance::feature));
        return result;
    }
}
