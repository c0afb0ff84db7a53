package io.github.idfraud.trainer;

/** Score thresholds of the decision policy: a score at or above a threshold earns that decision (or a harsher one). */
public record Thresholds(double challenge, double review, double decline) {

    public Thresholds {
        if (!(challenge <= review && review <= decline)) {
            throw new IllegalArgumentException("thresholds must be ordered challenge <= review <= decline, got "
                    + challenge + ", " + review + ", " + decline);
        }
    }
}
