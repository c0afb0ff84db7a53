package io.github.idfraud.scoring.model;

import io.github.idfraud.features.Feature;
import io.github.idfraud.features.FeatureVector;

/** Feature vectors from (feature, value) pairs; unnamed features are zero. */
final class TestVectors {

    private TestVectors() {
    }

    static FeatureVector of(Object... featureValuePairs) {
        double[] values = new double[Feature.values().length];
        for (int i = 0; i < featureValuePairs.length; i += 2) {
            values[((Feature) featureValuePairs[i]).ordinal()] = ((Number) featureValuePairs[i + 1]).doubleValue();
        }
        return FeatureVector.of(values);
    }
}
