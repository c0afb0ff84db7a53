package io.github.idfraud.simulator.label;

import io.github.idfraud.contract.LabelSource;
import io.github.idfraud.contract.LabelValue;

/** A label decided when an event is generated; it becomes a label line once the event has its id. */
public record LabelPlan(LabelValue value, LabelSource source, long reportedAt) {
}
