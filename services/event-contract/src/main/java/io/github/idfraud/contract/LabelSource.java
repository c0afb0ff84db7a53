package io.github.idfraud.contract;

/** Who reported a label. */
public enum LabelSource {
    CHARGEBACK,
    CASE,
    CONSUMER
}
