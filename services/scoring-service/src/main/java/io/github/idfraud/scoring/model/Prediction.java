package io.github.idfraud.scoring.model;

import java.util.List;

/** A fraud probability and the per-feature attributions of the model that produced it. */
public record Prediction(double fraudProbability, List<Attribution> attributions) {
}
