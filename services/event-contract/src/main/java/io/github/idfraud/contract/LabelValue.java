package io.github.idfraud.contract;

/** Ground truth for an event, as someone came to know it. */
public enum LabelValue {
    FRAUD,
    LEGIT
}
