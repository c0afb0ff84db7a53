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
