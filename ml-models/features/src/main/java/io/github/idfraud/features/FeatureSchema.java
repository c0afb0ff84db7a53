package io.github.idfraud.features;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The ordered feature names shared by training and serving, and the check a model must pass to be loaded. */
public final class FeatureSchema {

    private static final List<String> NAMES = Arrays.stream(Feature.values()).map(Feature::featureName).toList();

    private FeatureSchema() {
    }

    public static List<String> names() {
        return NAMES;
    }

    public static int size() {
        return NAMES.size();
    }

    public static Optional<Feature> byName(String featureName) {
        int index = NAMES.indexOf(featureName);
        return index < 0 ? Optional.empty() : Optional.of(Feature.values()[index]);
    }

    /**
     * @param modelFeatureNames the names in a model's feature map
     * @throws SchemaMismatchException naming the missing and the unknown features, when the sets differ
     */
    public static void requireCompatible(Set<String> modelFeatureNames) {
        Set<String> missing = new TreeSet<>(NAMES);
        missing.removeAll(modelFeatureNames);
        Set<String> unknown = new TreeSet<>(modelFeatureNames);
        unknown.removeAll(new HashSet<>(NAMES));
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            throw new SchemaMismatchException("model features do not match FeatureSchema: missing " + missing
                    + ", unknown " + unknown);
        }
    }

    /** A model was trained on other features than this code computes. */
    public static final class SchemaMismatchException extends IllegalStateException {
        public SchemaMismatchException(String message) {
            super(message);
        }
    }
}
