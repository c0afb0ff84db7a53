package io.github.idfraud.scoring.drift;

import io.github.idfraud.features.Feature;
import io.github.idfraud.features.FeatureSchema;
import io.github.idfraud.features.FeatureVector;
import io.github.idfraud.models.DriftReference;
import io.github.idfraud.models.ReferenceBins;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A model card's drift reference made ready for the hot path: column 0 is the score, the others the schema's
 * features that the card has bins for, in schema order; each column's bounds as floats and reference shares.
 */
final class ReferenceIndex {

    /** Bins are stored per event in a byte. */
    static final int MAX_BINS = Byte.MAX_VALUE;

    private final Feature[] features;
    private final float[][] bounds;
    private final double[][] shares;
    private final Map<String, Integer> columnByFeature = new HashMap<>();
    private final List<String> missing = new ArrayList<>();

    ReferenceIndex(DriftReference reference) {
        List<Feature> present = new ArrayList<>();
        List<ReferenceBins> bins = new ArrayList<>();
        bins.add(require(reference.score(), "score"));
        for (String name : FeatureSchema.names()) {
            ReferenceBins featureBins = reference.features() == null ? null : reference.features().get(name);
            if (featureBins == null) {
                missing.add(name);
                continue;
            }
            present.add(FeatureSchema.byName(name).orElseThrow());
            bins.add(require(featureBins, name));
            columnByFeature.put(name, bins.size() - 1);
        }
        this.features = present.toArray(Feature[]::new);
        this.bounds = bins.stream().map(ReferenceBins::boundsAsFloats).toArray(float[][]::new);
        this.shares = bins.stream().map(ReferenceBins::sharesAsArray).toArray(double[][]::new);
    }

    private static ReferenceBins require(ReferenceBins bins, String what) {
        if (bins == null || bins.upperBounds() == null || bins.shares() == null
                || bins.shares().size() != bins.upperBounds().size() + 1 || bins.shares().size() > MAX_BINS) {
            throw new IllegalArgumentException("drift reference of " + what + " needs one share per bin (bounds + 1, at most "
                    + MAX_BINS + ")");
        }
        return bins;
    }

    int columns() {
        return bounds.length;
    }

    int binCount(int column) {
        return shares[column].length;
    }

    double[] shares(int column) {
        return shares[column];
    }

    /** The column of a feature, or -1 when the card has no bins for it. */
    int columnOf(String featureName) {
        return columnByFeature.getOrDefault(featureName, -1);
    }

    /** Schema features without bins in the card (a card written for fewer features): no PSI for them. */
    List<String> missingFeatures() {
        return missing;
    }

    List<String> featureNames() {
        List<String> names = new ArrayList<>(features.length);
        for (Feature feature : features) {
            names.add(feature.featureName());
        }
        return names;
    }

    /** The bin of this event's value in {@code column}. No allocation. */
    int bin(int column, double score, FeatureVector vector) {
        double value = column == 0 ? score : vector.get(features[column - 1]);
        return ReferenceBins.binOf(bounds[column], value);
    }
}
