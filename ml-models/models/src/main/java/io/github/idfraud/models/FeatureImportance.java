package io.github.idfraud.models;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * How much one feature contributes to an XGBoost model (Tribuo's {@code getFeatureImportance()}).
 *
 * @param gainShare   the feature's total gain (summed over every split on it) as a share of all features' total gain
 * @param averageGain mean gain of a split on the feature (XGBoost's "gain" importance)
 * @param splits      how many splits use the feature (XGBoost's "weight" importance)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FeatureImportance(String feature, double gainShare, double averageGain, long splits) {
}
