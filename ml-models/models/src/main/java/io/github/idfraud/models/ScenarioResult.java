package io.github.idfraud.models;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * How one ground-truth scenario fares at the 1%-FPR threshold. Every scenario present in the period is reported,
 * also when none of its events carries a FRAUD label.
 *
 * @param events      the scenario's events in the period
 * @param fraudEvents those whose last label says FRAUD (the training target)
 * @param recall      share of the FRAUD events flagged, or null without FRAUD events
 * @param flagged     share of all the scenario's events flagged, labelled or not: ground-truth recall for a fraud
 *                    scenario, the false-positive rate for {@code legit}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ScenarioResult(long events, long fraudEvents, Double recall, double flagged) {

    ScenarioResult rounded() {
        return new ScenarioResult(events, fraudEvents, recall == null ? null : Rounding.round(recall), Rounding.round(flagged));
    }
}
