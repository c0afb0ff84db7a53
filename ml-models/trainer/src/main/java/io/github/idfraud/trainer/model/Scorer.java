package io.github.idfraud.trainer.model;

import io.github.idfraud.trainer.replay.ReplayedEvent;
import java.util.ArrayList;
import java.util.List;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.common.xgboost.XGBoostModel;

/**
 * The FRAUD probability a model gives each event. XGBoost models are scored through their native booster
 * ({@link BoosterScorer}); other models (the baseline) through Tribuo in bounded batches.
 */
public final class Scorer {

    private static final int BATCH = 20_000;

    private final ExampleFactory examples = new ExampleFactory();

    public double[] fraudScores(Model<Label> model, List<ReplayedEvent> events) {
        if (model instanceof XGBoostModel<Label> xgboost) {
            return new BoosterScorer(xgboost).fraudScores(events);
        }
        String fraud = ExampleFactory.FRAUD.getLabel();
        double[] scores = new double[events.size()];
        for (int start = 0; start < events.size(); start += BATCH) {
            List<Example<Label>> batch = new ArrayList<>();
            for (ReplayedEvent event : events.subList(start, Math.min(events.size(), start + BATCH))) {
                batch.add(examples.example(event, 1f));
            }
            List<Prediction<Label>> predictions = model.predict(batch);
            for (int i = 0; i < predictions.size(); i++) {
                Label score = predictions.get(i).getOutputScores().get(fraud);
                scores[start + i] = score == null ? 0.0 : score.getScore();
            }
        }
        return scores;
    }
}
