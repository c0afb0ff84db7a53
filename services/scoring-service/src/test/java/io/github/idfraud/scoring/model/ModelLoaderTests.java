package io.github.idfraud.scoring.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.idfraud.features.Feature;
import io.github.idfraud.features.FeatureSchema;
import io.github.idfraud.features.FeatureVector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.xgboost.XGBoostClassificationTrainer;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

class ModelLoaderTests {

    @TempDir
    Path dir;

    private static final String[] NAMES = FeatureSchema.names().toArray(String[]::new);

    private static MutableDataset<Label> dataset(String[] names) {
        return TinyModels.dataset(names);
    }

    private Path save(Model<Label> model) throws Exception {
        Path file = dir.resolve("model.tribuo");
        model.serializeToFile(file);
        return file;
    }

    @Test
    void boosterScoringMatchesTribuoAndExplainsWithTheRightFeatures() throws Exception {
        var trainer = new XGBoostClassificationTrainer(20);
        Model<Label> tribuo = trainer.train(dataset(NAMES));
        ScoringModel model = new ModelLoader().load(save(tribuo).toString());
        assertThat(model).isInstanceOf(XgboostScoringModel.class);

        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 50; i++) {
            FeatureVector vector = vector(random);
            double[] values = vector.toArray();
            double expected = tribuo.predict(new ArrayExample<>(new Label("LEGIT"), NAMES, values))
                    .getOutputScores().get("FRAUD").getScore();
            Prediction prediction = model.predict(vector);
            assertThat(prediction.fraudProbability()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-5));
            assertThat(prediction.attributions()).hasSize(FeatureSchema.size());
        }
        FeatureVector risky = vectorWith(Feature.NATIONAL_ID_APPLICATIONS_24H, 3, Feature.CUSTOMER_NEW_DEVICE, 3);
        Attribution top = model.predict(risky).attributions().stream()
                .max(java.util.Comparator.comparingDouble(Attribution::contribution)).orElseThrow();
        assertThat(top.feature()).isIn(Feature.NATIONAL_ID_APPLICATIONS_24H, Feature.CUSTOMER_NEW_DEVICE);
        assertThat(model.card().version()).startsWith("model-");
    }

    @Test
    void aModelTrainedOnOtherFeaturesIsRefusedLoudly() throws Exception {
        String[] other = NAMES.clone();
        other[0] = "some_feature_we_do_not_compute";
        Model<Label> tribuo = new XGBoostClassificationTrainer(5).train(dataset(other));
        Path file = save(tribuo);
        assertThatThrownBy(() -> new ModelLoader().load(file.toString()))
                .isInstanceOf(FeatureSchema.SchemaMismatchException.class)
                .hasMessageContaining("some_feature_we_do_not_compute")
                .hasMessageContaining(NAMES[0]);
    }

    @Test
    void theModelCardBesideTheArtifactGivesVersionAndThresholds() throws Exception {
        Path file = save(new XGBoostClassificationTrainer(5).train(dataset(NAMES)));
        Files.writeString(dir.resolve("model-card.json"), """
                {"version":"xgb-2026-11-28-abcd","algorithm":"XGBoost","thresholds":{"challenge":0.2,"review":0.5,"decline":0.9},"unknownField":1}
                """);
        ScoringModel model = new ModelLoader().load(file.toString());
        assertThat(model.card().version()).isEqualTo("xgb-2026-11-28-abcd");
        assertThat(model.card().thresholds().review()).isEqualTo(0.5);
    }

    @Test
    void anArtifactOverTheSizeCapOrWithAnotherDigestIsRefusedBeforeItIsDeserialised() throws Exception {
        Path file = save(new XGBoostClassificationTrainer(5).train(dataset(NAMES)));
        long size = Files.size(file);
        String digest = ModelLoader.sha256(Files.readAllBytes(file));
        assertThatThrownBy(() -> new ModelLoader(size - 1).load(file.toString()))
                .hasMessageContaining("larger than " + (size - 1) + " bytes");
        assertThatThrownBy(() -> new ModelLoader(size).load(file.toString(), "0".repeat(64)))
                .hasMessageContaining("sha256");
        assertThat(new ModelLoader(size).load(file.toString(), digest.toUpperCase()).card().version())
                .startsWith("model-");
    }

    private static FeatureVector vector(SplittableRandom random) {
        List<Object> pairs = new ArrayList<>();
        for (Feature f : Feature.values()) {
            pairs.add(f);
            pairs.add((double) random.nextInt(4));
        }
        return vectorWith(pairs.toArray());
    }

    private static FeatureVector vectorWith(Object... featureValuePairs) {
        return TestVectors.of(featureValuePairs);
    }
}
