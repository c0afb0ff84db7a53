package io.github.idfraud.features;

import java.util.LinkedHashMap;
import java.util.Map;

/** Values in {@link FeatureSchema} order. Mutable only while the engine assembles it. */
public final class FeatureVector {

    private final double[] values = new double[Feature.values().length];

    /** A vector from values in schema order, e.g. a row read back from a training set. */
    public static FeatureVector of(double[] valuesInSchemaOrder) {
        if (valuesInSchemaOrder.length != Feature.values().length) {
            throw new IllegalArgumentException("expected " + Feature.values().length + " values, got " + valuesInSchemaOrder.length);
        }
        FeatureVector vector = new FeatureVector();
        System.arraycopy(valuesInSchemaOrder, 0, vector.values, 0, valuesInSchemaOrder.length);
        return vector;
    }

    public double get(Feature feature) {
        return values[feature.ordinal()];
    }

    void set(Feature feature, double value) {
        values[feature.ordinal()] = value;
    }

    /** A copy of the values in schema order. */
    public double[] toArray() {
        return values.clone();
    }

    /** The values in schema order as floats, what a training set stores. */
    public float[] toFloatArray() {
        float[] out = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (float) values[i];
        }
        return out;
    }

    public Map<String, Double> asMap() {
        Map<String, Double> map = new LinkedHashMap<>();
        for (Feature f : Feature.values()) {
            map.put(f.featureName(), values[f.ordinal()]);
        }
        return map;
    }
}
