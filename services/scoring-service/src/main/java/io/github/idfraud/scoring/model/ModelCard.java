package io.github.idfraud.scoring.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** What the trainer wrote beside a model artifact: version, data, metrics, thresholds, provenance. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ModelCard(
        String version,
        String algorithm,
        String createdAt,
        JsonNode trainPeriod,
        JsonNode testPeriod,
        JsonNode data,
        List<String> features,
        JsonNode hyperparameters,
        JsonNode metrics,
        Thresholds thresholds,
        String provenance) {

    /** Calibrated score thresholds for the decision policy. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Thresholds(double challenge, double review, double decline) {
    }
}
