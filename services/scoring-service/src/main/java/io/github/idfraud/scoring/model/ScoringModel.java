package io.github.idfraud.scoring.model;

import io.github.idfraud.features.FeatureVector;
import io.github.idfraud.models.ModelCard;

/** A loaded model that scores a feature vector and explains the score. Implementations are thread-safe. */
public interface ScoringModel extends AutoCloseable {

    Prediction predict(FeatureVector features);

    ModelCard card();

    @Override
    default void close() {
    }
}
