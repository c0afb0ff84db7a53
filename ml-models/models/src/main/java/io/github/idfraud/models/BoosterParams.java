package io.github.idfraud.models;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The XGBoost hyperparameters one search candidate tries. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BoosterParams(int numTrees, int maxDepth, double eta, double minChildWeight, double subsample,
                            double featureSubsample) {

    public BoosterParams {
        if (numTrees < 1 || maxDepth < 1 || !(eta > 0 && eta <= 1) || minChildWeight < 0) {
            throw new IllegalArgumentException("XGBoost needs trees >= 1, depth >= 1, 0 < eta <= 1 and min child weight >= 0, got "
                    + this);
        }
    }

    public BoosterParams withTrees(int trees) {
        return new BoosterParams(trees, maxDepth, eta, minChildWeight, subsample, featureSubsample);
    }

    /** Short form for progress lines and tables, e.g. {@code trees=150 depth=4 eta=0.15 mcw=5}. */
    public String label() {
        return String.format(Locale.ROOT, "trees=%d depth=%d eta=%s mcw=%s", numTrees, maxDepth, trim(eta), trim(minChildWeight));
    }

    /** The hyperparameters as written into the model card. */
    public Map<String, Object> card(float fraudWeight, long seed) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("numTrees", numTrees);
        map.put("maxDepth", maxDepth);
        map.put("eta", eta);
        map.put("subsample", subsample);
        map.put("colsampleByTree", featureSubsample);
        map.put("minChildWeight", minChildWeight);
        map.put("fraudExampleWeight", fraudWeight);
        map.put("seed", seed);
        return map;
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
