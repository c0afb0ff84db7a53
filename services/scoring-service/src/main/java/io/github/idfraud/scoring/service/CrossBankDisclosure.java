package io.github.idfraud.scoring.service;

import io.github.idfraud.features.Feature;
import io.github.idfraud.features.FeatureVector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a bank is shown of a feature value, in its answers, its explained features and its analysts' alerts. Its own
 * features as they are; a cross-bank one ({@link Feature#crossBank()}) only as the floor of its band (5, 10, 20, 50,
 * 100, ...), and below 5 as 0, "fewer than 5": one invented event cannot tell a bank whether another bank has seen a
 * national ID, e-mail or device. The model and the rules score the exact values.
 */
final class CrossBankDisclosure {

    /** The lowest band shown: fewer cross-bank events than this read as none. */
    static final double FLOOR = 5;
    private static final double[] BANDS = bands();

    private CrossBankDisclosure() {
    }

    /** The value as the bank may see it. */
    static double shown(Feature feature, double value) {
        if (!feature.crossBank()) {
            return value;
        }
        double shown = 0;
        for (double band : BANDS) {
            if (value >= band) {
                shown = band;
            } else {
                break;
            }
        }
        return shown;
    }

    /** The feature's plain description with the value as the bank may see it. */
    static String describe(Feature feature, double value) {
        if (!feature.crossBank()) {
            return feature.describe(value);
        }
        double shown = shown(feature, value);
        return feature.describeAs(shown == 0
                ? String.format(Locale.ROOT, "fewer than %d", (long) FLOOR)
                : String.format(Locale.ROOT, "%d or more", (long) shown));
    }

    /** Every feature by name, as the bank may see it. */
    static Map<String, Double> shown(FeatureVector features) {
        Map<String, Double> shown = new LinkedHashMap<>();
        for (Feature feature : Feature.values()) {
            shown.put(feature.featureName(), shown(feature, features.get(feature)));
        }
        return shown;
    }

    /** 5, 10, 20, 50, 100, 200, 500, ... up to five billion. */
    private static double[] bands() {
        List<Double> bands = new ArrayList<>();
        for (double decade = 1; decade <= 1e9; decade *= 10) {
            for (double step : new double[] {1, 2, 5}) {
                if (step * decade >= FLOOR) {
                    bands.add(step * decade);
                }
            }
        }
        return bands.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
