package io.github.idfraud.scoring.drift;

/**
 * The population stability index of observed bin counts against reference shares:
 * {@code sum over bins of (actual - expected) * ln(actual / expected)}. A share of zero on either side (a bin the
 * reference never saw, or one the window has not reached) is raised to {@link #EPSILON}, so the index stays finite
 * and an empty bin still counts. Usual reading: below 0.1 stable, 0.1-0.25 watch, above 0.25 a real shift.
 */
public final class PopulationStability {

    /** Smallest share a bin is given. */
    public static final double EPSILON = 1e-4;

    private PopulationStability() {
    }

    /**
     * @param expected reference share per bin
     * @param counts   observed events per bin (same length)
     * @param total    sum of {@code counts}, at least 1
     */
    public static double index(double[] expected, int[] counts, int total) {
        if (expected.length != counts.length || total <= 0) {
            throw new IllegalArgumentException("need one count per reference bin and at least one event, got "
                    + counts.length + " counts for " + expected.length + " bins, " + total + " events");
        }
        double psi = 0;
        for (int i = 0; i < expected.length; i++) {
            double actual = Math.max((double) counts[i] / total, EPSILON);
            double reference = Math.max(expected[i], EPSILON);
            psi += (actual - reference) * Math.log(actual / reference);
        }
        return psi;
    }
}
