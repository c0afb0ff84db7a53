package io.github.idfraud.trainer;

/** Metrics are shown and stored to 4 decimals. */
final class Rounding {

    private Rounding() {
    }

    static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
