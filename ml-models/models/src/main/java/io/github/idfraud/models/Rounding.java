package io.github.idfraud.models;

/** Metrics are shown and stored to 4 decimals. */
public final class Rounding {

    private Rounding() {
    }

    public static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
