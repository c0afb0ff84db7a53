package io.github.idfraud.trainer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.common.xgboost.XGBoostModel;

/**
 * How much one feature contributes to an XGBoost model, from Tribuo's {@code getFeatureImportance()}.
 *
 * @param gainShare   the feature's total gain (summed over every split on it) as a share of all features' total gain
 * @param averageGain mean gain of a split on the feature (XGBoost's "gain" importance)
 * @param splits      how many splits use the feature (XGBoost's "weight" importance)
 */
public record FeatureImportance(String feature, double gainShare, double averageGain, long splits) {

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
