package io.github.idfraud.scoring.model;

import io.github.idfraud.features.FeatureSchema;
import io.github.idfraud.features.FeatureVector;
import io.github.idfraud.models.ModelCard;
import java.util.ArrayList;
import java.util.List;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.impl.ArrayExample;

/**
 * Scores with a Tribuo linear model (e.g. the logistic-regression baseline). Its excuse is exact: weight times
 * feature value per feature.
 */
final class LinearScoringModel implements ScoringModel {

    private static final String[] NAMES = FeatureSchema.names().toArray(String[]::new);

    private final Model<Label> model;
    private final ModelCard card;

    LinearScoringModel(Model<Label> model, ModelCard card) {
        this.model = model;
        this.card = card;
    }

    @Override
    public Prediction predict(FeatureVector features) {
        Example<Label> example = new ArrayExample<>(new Label(ModelLoader.LEGIT), NAMES, features.toArray());
        var prediction = model.predict(example);
        double fraud = prediction.getOutputScores().get(ModelLoader.FRAUD).getScore();
        List<Attribution> attributions = new ArrayList<>();
        model.getExcuse(example).ifPresent(excuse -> {
            for (var pair : excuse.excuse(ModelLoader.FRAUD)) {
                FeatureSchema.byName(pair.getA()).ifPresent(f -> attributions.add(new Attribution(f, pair.getB())));
            }
        });
        return new Prediction(fraud, attributions);
    }

    @Override
    public ModelCard card() {
        return card;
    }
}
