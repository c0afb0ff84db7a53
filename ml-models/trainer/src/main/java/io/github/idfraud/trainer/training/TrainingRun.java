package io.github.idfraud.trainer.training;

import io.github.idfraud.models.AlertBudgets;
import io.github.idfraud.models.BoosterParams;
import io.github.idfraud.models.Detection;
import io.github.idfraud.rules.DefaultRules;
import io.github.idfraud.rules.RuleCompiler;
import io.github.idfraud.models.DriftReference;
import io.github.idfraud.models.ModelCard;
import io.github.idfraud.trainer.evaluation.AlertBudgetCalibrator;
import io.github.idfraud.trainer.evaluation.Backtest;
import io.github.idfraud.trainer.evaluation.DriftReferenceBuilder;
import io.github.idfraud.trainer.evaluation.Evaluation;
import io.github.idfraud.trainer.evaluation.FamilyDetection;
import io.github.idfraud.trainer.evaluation.ModelPolicy;
import io.github.idfraud.trainer.evaluation.ThresholdCalibrator;
import io.github.idfraud.trainer.model.ExampleFactory;
import io.github.idfraud.trainer.model.Scorer;
import io.github.idfraud.trainer.replay.Periods;
import io.github.idfraud.trainer.replay.ReplayResult;
import io.github.idfraud.trainer.replay.ReplayStage;
import io.github.idfraud.trainer.replay.ReplayedEvent;
import io.github.idfraud.trainer.replay.StageLog;
import io.github.idfraud.trainer.replay.TargetCollector;
import io.github.idfraud.trainer.replay.Targets;
import io.github.idfraud.trainer.report.SummaryTable;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.tribuo.Dataset;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/**
 * One training run: collect targets, replay the log through the feature engine in Redis, search XGBoost
 * hyperparameters on validation data, train the released model and the logistic-regression baseline, evaluate
 * both on the test period, calibrate thresholds and write the artefacts.
 */
public final class TrainingRun {

    private final PrintStream out;
    private final TrainingSettings settings;
    private final ExampleFactory examples = new ExampleFactory();
    private final Scorer scorer = new Scorer();

    public TrainingRun(PrintStream out, TrainingSettings settings) {
        this.out = out;
        this.settings = settings;
    }

    /** The released model, the baseline trained on the same events, and how. */
    record FinalTraining(Model<Label> xgboost, Model<Label> baseline, BoosterParams params, float fraudWeight,
                         List<ReplayedEvent> events) {
    }

    /**
     * Test-period scores and metrics of both models, the thresholds with the alert rates they give, the per-type alert
     * budgets, what the policy catches per scenario family, and the score and feature distributions of the calibration
     * events (the drift reference).
     */
    record TestEvaluation(double[] xgboostScores, double[] baselineScores, ModelCard.Metrics metrics,
                          ModelCard.Thresholds thresholds, ModelCard.Calibration calibration, AlertBudgets budgets,
                          Detection.FamilyTable sameWorld, DriftReference driftReference) {
    }

    /** A log from another world (other seed and parameter draws), judged over the test period's days. */
    public record UnseenWorld(Path log, String description) {
    }

    public ModelCard run(Path log, Periods periods, Path outDir, String redisUrl) throws IOException {
        return run(log, log.getFileName().toString(), periods, outDir, redisUrl, null);
    }

    /**
     * @param logDescription where the log came from, for the model card (a file name, or how it was simulated)
     * @param unseen         another world to judge the model on, or null
     */
    public ModelCard run(Path log, String logDescription, Periods periods, Path outDir, String redisUrl, UnseenWorld unseen)
            throws IOException {
        StageLog stages = new StageLog(out, unseen == null ? 6 : 7);
        stages.begin("collecting targets from " + log);
        Targets targets = collectTargets(log, periods);
        long trainPeriodEvents = targets.eventsIn(periods.train());
        TrainingSample sample = TrainingSample.capped(trainPeriodEvents, settings.maxTrainEvents(), settings.seed());

        stages.begin("replaying the log through the feature engine (training: " + sample.describe() + ")");
        ReplayResult replay = new ReplayStage(out, redisUrl).run(log, targets, new TrainingSelection(periods, sample),
                periods.lastDay());
        TrainingSets sets = TrainingSets.of(replay, periods, sample);

        stages.begin("hyperparameter search: " + settings.candidates().size() + " XGBoost candidates trained on "
                + String.format("%,d", sets.fit().size()) + " events, scored by average precision on " + sets.selectionName());
        HyperparameterSearch.Result search = search(sets);

        stages.begin("training the released model and the logistic-regression baseline");
        FinalTraining trained = trainFinal(sets, search);

        stages.begin(String.format("evaluating on %,d test events", sets.test().size()));
        TestEvaluation evaluation = evaluate(sets, trained, logDescription, periods);

        Detection.FamilyTable unseenTable = null;
        if (unseen != null) {
            stages.begin("judging the model on an unseen world: " + unseen.description());
            unseenTable = judgeUnseen(unseen, periods, trained, evaluation, redisUrl);
        }

        stages.begin("writing " + outDir);
        var outcome = new TrainingArtefacts.Outcome(logDescription, periods, replay, sets, sample, trainPeriodEvents,
                search, trained, evaluation, new Detection(evaluation.sameWorld(), unseenTable));
        ModelCard card = new TrainingArtefacts(settings).write(outDir, outcome);
        double seconds = stages.end();
        new SummaryTable(out).print(card);
        out.printf("  total %.0f s; artefacts in %s%n", seconds, outDir.toAbsolutePath().normalize());
        return card;
    }

    private Targets collectTargets(Path log, Periods periods) throws IOException {
        Targets targets = new TargetCollector(out).collect(log);
        out.printf("  %,d events (%s..%s), %,d labels, %,d labelled events%n", targets.events(), targets.firstEventDay(),
                targets.lastEventDay(), targets.labels(), targets.labelled().size());
        targets.requireEventsIn(periods.train(), "training period");
        if (periods.hasValidation()) {
            targets.requireEventsIn(periods.valid(), "validation period");
        }
        targets.requireEventsIn(periods.test(), "test period");
        return targets;
    }

    private HyperparameterSearch.Result search(TrainingSets sets) {
        requireBothClasses(sets.fit(), "training events the candidates train on");
        if (sets.selection().isEmpty()) {
            if (settings.candidates().size() > 1) {
                throw new IllegalArgumentException("a one-day training period leaves no hold-out days to compare "
                        + "hyperparameters on: give --valid-from/--valid-to, a longer training period, or --candidates 1");
            }
            out.println("  one candidate and no selection events: no search");
            return null;
        }
        Dataset<Label> fit = examples.dataset("replay fit set", sets.fit(), fraudWeight(sets.fit()));
        return new HyperparameterSearch(new ModelTrainer(settings), scorer, out).run(settings.candidates(), fit, sets.selection());
    }

    private FinalTraining trainFinal(TrainingSets sets, HyperparameterSearch.Result search) {
        ModelTrainer trainer = new ModelTrainer(settings);
        List<ReplayedEvent> events = sets.finalTraining();
        requireBothClasses(events, "training events");
        float weight = fraudWeight(events);
        Dataset<Label> dataset = examples.dataset("replay training set", events, weight);
        BoosterParams params = search == null ? settings.candidates().get(0) : search.best().params();
        Model<Label> xgboost;
        if (search != null && sets.refit() == null) {
            out.println("  released model: the chosen candidate (" + params.label() + ")");
            xgboost = search.model();
        } else {
            out.printf("  training %s on %,d events (%,d FRAUD, weight %.1f)%n", params.label(), events.size(),
                    ReplayedEvent.countFraud(events), weight);
            xgboost = trainer.xgboost(dataset, params);
        }
        Model<Label> baseline = trainer.logisticRegression(dataset);
        return new FinalTraining(xgboost, baseline, params, weight, events);
    }

    private Detection.FamilyTable judgeUnseen(UnseenWorld unseen, Periods periods, FinalTraining trained,
                                              TestEvaluation evaluation, String redisUrl) throws IOException {
        Backtest.Result result = new Backtest(out, redisUrl, settings.reviewCapacity())
                .run(unseen.log(), periods.test(), Map.of("XGBoost", trained.xgboost()));
        return new FamilyDetection().table(unseen.description() + ", test days " + periods.test(), result.events(),
                result.scores().get("XGBoost"), ModelPolicy.of(evaluation.thresholds(), evaluation.budgets()),
                new RuleCompiler().compile(DefaultRules.load()), evaluation.budgets());
    }

    private TestEvaluation evaluate(TrainingSets sets, FinalTraining trained, String logDescription, Periods periods) {
        double[] xgbScores = scorer.fraudScores(trained.xgboost(), sets.test());
        double[] lrScores = scorer.fraudScores(trained.baseline(), sets.test());
        Evaluation evaluation = new Evaluation(settings.reviewCapacity());
        var metrics = new ModelCard.Metrics(evaluation.evaluate(sets.test(), xgbScores).rounded(),
                evaluation.evaluate(sets.test(), lrScores).rounded());
        // Thresholds come from the validation period when there is one, so the test period can check them.
        double[] calibrationScores = sets.calibration() == sets.test() ? xgbScores
                : scorer.fraudScores(trained.xgboost(), sets.calibration());
        ModelCard.Thresholds thresholds = new ThresholdCalibrator().calibrate(calibrationScores);
        var calibration = new ModelCard.Calibration(sets.calibrationName(),
                ThresholdCalibrator.achievedRates(thresholds, xgbScores));
        AlertBudgets budgets = new AlertBudgetCalibrator().calibrate(sets.calibration(), calibrationScores,
                sets.calibrationName());
        Detection.FamilyTable sameWorld = new FamilyDetection().table(logDescription + ", test days " + periods.test(),
                sets.test(), xgbScores, ModelPolicy.of(thresholds, budgets), null, budgets);
        DriftReference reference = new DriftReferenceBuilder().build(sets.calibrationName(), sets.calibration(),
                calibrationScores);
        return new TestEvaluation(xgbScores, lrScores, metrics, thresholds, calibration, budgets, sameWorld, reference);
    }

    private float fraudWeight(List<ReplayedEvent> events) {
        long fraud = ReplayedEvent.countFraud(events);
        return settings.fraudWeight(events.size() - fraud, fraud);
    }

    private static void requireBothClasses(List<ReplayedEvent> events, String what) {
        long fraud = ReplayedEvent.countFraud(events);
        if (fraud == 0 || fraud == events.size()) {
            throw new IllegalArgumentException("the " + what + " need FRAUD and LEGIT events, they have " + fraud
                    + " FRAUD of " + events.size() + "; choose a longer training period");
        }
    }
}
