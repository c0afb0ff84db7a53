package io.github.idfraud.scoring.model;

import io.github.idfraud.features.Feature;
import io.github.idfraud.features.FeatureSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.xgboost.XGBoostClassificationTrainer;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/** Small XGBoost models trained in a test, written as artifacts with a model card. */
public final class TinyModels {

    private TinyModels() {
    }

    static MutableDataset<Label> dataset(String[] names) {
        var data = new MutableDataset<Label>(new SimpleDataSourceProvenance("synthetic", new LabelFactory()), new LabelFactory());
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 400; i++) {
            double[] values = new double[names.length];
            for (int j = 0; j < values.length; j++) {
                values[j] = random.nextInt(4);
            }
            boolean fraud = values[Feature.NATIONAL_ID_APPLICATIONS_24H.ordinal()] >= 2
                    && values[Feature.CUSTOMER_NEW_DEVICE.ordinal()] >= 2;
            data.add(new ArrayExample<>(new Label(fraud ? "FRAUD" : "LEGIT"), names, values));
        }
        return data;
    }

    /**
     * A model whose score rises with the amount, a new device and the distance travelled, trained on synthetic rows,
     * written as {@code model.tribuo} into {@code dir} without a card; returns the artifact path.
     */
    public static Path writeRiskModel(Path dir) throws Exception {
        String[] names = FeatureSchema.names().toArray(String[]::new);
        var data = new MutableDataset<Label>(new SimpleDataSourceProvenance("synthetic risk", new LabelFactory()), new LabelFactory());
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 3000; i++) {
            double[] values = new double[names.length];
            boolean transaction = random.nextDouble() < 0.5;
            values[Feature.TYPE_TRANSACTION.ordinal()] = transaction ? 1 : 0;
            values[Feature.TYPE_LOGIN.ordinal()] = transaction ? 0 : 1;
            values[Feature.AMOUNT_LOG.ordinal()] = transaction ? random.nextDouble(0, 10) : 0;
            values[Feature.CUSTOMER_NEW_DEVICE.ordinal()] = random.nextDouble() < 0.3 ? 1 : 0;
            values[Feature.DISTANCE_FROM_LAST_LOCATION_KM.ordinal()] = random.nextDouble() < 0.3 ? random.nextDouble(0, 3000) : 0;
            double logit = -4 + 0.5 * values[Feature.AMOUNT_LOG.ordinal()] + 1.5 * values[Feature.CUSTOMER_NEW_DEVICE.ordinal()]
                    + values[Feature.DISTANCE_FROM_LAST_LOCATION_KM.ordinal()] / 1000;
            boolean fraud = random.nextDouble() < 1 / (1 + Math.exp(-logit));
            data.add(new ArrayExample<>(new Label(fraud ? "FRAUD" : "LEGIT"), names, values));
        }
        Files.createDirectories(dir);
        Path artifact = dir.resolve("model.tribuo");
        new XGBoostClassificationTrainer(30).train(data).serializeToFile(artifact);
        return artifact;
    }

    /** Writes {@code model.tribuo} and a card with {@code version} into {@code dir}; returns the artifact path. */
    public static Path write(Path dir, String version, boolean matchingSchema) throws Exception {
        String[] names = FeatureSchema.names().toArray(String[]::new);
        if (!matchingSchema) {
            names[0] = "a_feature_nobody_computes";
        }
        Files.createDirectories(dir);
        Path artifact = dir.resolve("model.tribuo");
        new XGBoostClassificationTrainer(10).train(dataset(names)).serializeToFile(artifact);
        Files.writeString(dir.resolve("model-card.json"), """
                {"version":"%s","algorithm":"XGBoost (test)","thresholds":{"challenge":0.3,"review":0.6,"decline":0.9}}
                """.formatted(version));
        return artifact;
    }
}
