package io.github.idfraud.models;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One variable's reference histogram: bin {@code i} holds the values above {@code upperBounds[i-1]} and at most
 * {@code upperBounds[i]}; the last bin everything above the last bound. {@code shares} has one entry per bin.
 * Values are compared as floats, the precision training stores features in, so a value lands in the same bin in
 * the trainer and in the scoring service.
 *
 * <p>Bounds are quantiles (deciles unless told otherwise) of the reference values, rounded to 6 significant digits and deduplicated, so a binary
 * feature gets two bins ({@code <= 0}, {@code > 0}), a count that is mostly zero gets a bin of its own for zero,
 * and a bound that no reference value exceeds is dropped (the top bin stays open-ended).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReferenceBins(List<Double> upperBounds, List<Double> shares) {

    /** Deciles: at most 10 bins per variable. */
    public static final double[] DECILES = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};
    /** The score's deciles and its tail, where the decisions are (at most 12 bins). */
    public static final double[] SCORE_QUANTILES = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99};
    private static final MathContext SIGNIFICANT = new MathContext(6);

    /** Decile bins of {@code values} (not modified); shares rounded to 4 decimals. */
    public static ReferenceBins of(double[] values) {
        return of(values, DECILES);
    }

    /** Bins of {@code values} (not modified) bounded at the given quantiles (ascending, within 0..1). */
    public static ReferenceBins of(double[] values, double[] quantiles) {
        if (values.length == 0) {
            throw new IllegalArgumentException("a reference histogram needs at least one value");
        }
        float[] sorted = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            sorted[i] = (float) values[i];
        }
        Arrays.sort(sorted);
        List<Double> bounds = new ArrayList<>();
        for (double q : quantiles) {
            int index = Math.min(sorted.length - 1, (int) Math.floor(q * sorted.length + 1e-9));
            double bound = new BigDecimal(sorted[index]).round(SIGNIFICANT).doubleValue();
            if (bounds.isEmpty() || (float) bound > bounds.get(bounds.size() - 1).floatValue()) {
                bounds.add(bound);
            }
        }
        // A bound at (or rounded above) the maximum leaves an empty top bin: drop it, unless the variable is constant
        // and that bound is all that tells "a value above the constant" apart.
        while (bounds.size() > 1 && bounds.get(bounds.size() - 1).floatValue() >= sorted[sorted.length - 1]) {
            bounds.remove(bounds.size() - 1);
        }
        float[] cuts = toFloats(bounds);
        long[] counts = new long[cuts.length + 1];
        for (float value : sorted) {
            counts[binOf(cuts, value)]++;
        }
        List<Double> shares = new ArrayList<>(counts.length);
        for (long count : counts) {
            shares.add(Rounding.round((double) count / sorted.length));
        }
        return new ReferenceBins(List.copyOf(bounds), List.copyOf(shares));
    }

    /** The bounds as the floats {@link #binOf} compares against. */
    public float[] boundsAsFloats() {
        return toFloats(upperBounds);
    }

    /** The shares as an array, bin by bin. */
    public double[] sharesAsArray() {
        return shares.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The bin of {@code value} among {@code bounds} (ascending): how many bounds lie below it. No allocation. */
    public static int binOf(float[] bounds, double value) {
        float v = (float) value;
        int low = 0;
        int high = bounds.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (bounds[mid] < v) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static float[] toFloats(List<Double> values) {
        float[] out = new float[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i).floatValue();
        }
        return out;
    }
}
