package io.github.idfraud.contract;

/** Where a reason comes from: the model's feature attributions, or a tenant rule that fired. */
public enum ReasonSource {
    MODEL,
    RULE
}
