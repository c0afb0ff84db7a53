package io.github.idfraud.trainer.training;

import io.github.idfraud.models.BoosterParams;
import io.github.idfraud.trainer.model.Scorer;
import io.github.idfraud.trainer.replay.Eta;
import io.github.idfraud.trainer.replay.ReplayedEvent;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tribuo.Dataset;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.classification.evaluation.LabelEvaluationUtil;

/**
 * Trains one XGBoost model per candidate on the fit set and keeps the one with the highest average precision on
 * the selection set (validation period or hold-out days), never on the test period. Ties go to the earlier
 * candidate, so a grid ordered from simple to complex prefers the simpler model.
 */
final class HyperparameterSearch {

    private final ModelTrainer trainer;
    private final Scorer scorer;
    private final PrintStream out;

    HyperparameterSearch(ModelTrainer trainer, Scorer scorer, PrintStream out) {
        this.trainer = trainer;
        this.scorer = scorer;
        this.out = out;
    }

    /** One candidate's result. */
    record Candidate(BoosterParams params, double averagePrecision, double aucRoc, double seconds) {
    }

    /** Every candidate's result and the chosen model. */
    record Result(List<Candidate> candidates, int chosen, Model<Label> model) {

        Candidate best() {
            return candidates.get(chosen);
        }
    }

    Result run(List<BoosterParams> grid, Dataset<Label> fit, List<ReplayedEvent> selection) {
        boolean[] fraud = ReplayedEvent.fraudFlags(selection);
        long frauds = ReplayedEvent.countFraud(selection);
        if (frauds == 0 || frauds == fraud.length) {
            throw new IllegalArgumentException("the selection events need FRAUD and LEGIT events to compare hyperparameters, "
                    + "they have " + frauds + " FRAUD of " + fraud.length + "; choose a longer validation period");
        }
        List<Candidate> results = new ArrayList<>();
        Model<Label> bestModel = null;
        int chosen = -1;
        long started = System.nanoTime();
        for (int i = 0; i < grid.size(); i++) {
            BoosterParams params = grid.get(i);
            long t0 = System.nanoTime();
            Model<Label> model = trainer.xgboost(fit, params);
            double[] scores = scorer.fraudScores(model, selection);
            Candidate c = new Candidate(params, LabelEvaluationUtil.averagedPrecision(fraud, scores),
                    LabelEvaluationUtil.binaryAUCROC(fraud, scores), (System.nanoTime() - t0) / 1e9);
            results.add(c);
            if (chosen < 0 || c.averagePrecision() > results.get(chosen).averagePrecision()) {
                chosen = i;
                bestModel = model;
            }
            double perCandidate = (System.nanoTime() - started) / 1e9 / (i + 1);
            out.printf(Locale.ROOT, "  candidate %d/%d %-38s AP %.4f  AUC %.4f  %5.1f s  ETA %s%n", i + 1, grid.size(),
                    params.label(), c.averagePrecision(), c.aucRoc(), c.seconds(), Eta.format(perCandidate * (grid.size() - i - 1)));
        }
        out.printf(Locale.ROOT, "  chose candidate %d (%s): validation AP %.4f%n", chosen + 1, grid.get(chosen).label(),
                results.get(chosen).averagePrecision());
        return new Result(results, chosen, bestModel);
    }
}
