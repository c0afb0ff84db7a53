package io.github.idfraud.models;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Map;

/**
 * How the score and every feature were distributed on a reference period the model was calibrated on, so the
 * scoring service can measure drift (the population stability index) of live traffic against it.
 *
 * @param period   the events the bins were computed on, in words, e.g. {@code validation period 2026-11-01..2026-11-04}
 * @param events   how many events that period held
 * @param score    bins of the FRAUD score as the service answers it (rounded to 4 decimals)
 * @param features bins per feature name (the names in {@code FeatureSchema} when the model was trained)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DriftReference(String period, long events, ReferenceBins score, Map<String, ReferenceBins> features) {
}
