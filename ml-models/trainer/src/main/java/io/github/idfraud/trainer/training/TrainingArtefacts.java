package io.github.idfraud.trainer.training;

import io.github.idfraud.features.FeatureSchema;
import io.github.idfraud.models.FeatureImportance;
import io.github.idfraud.models.Detection;
import io.github.idfraud.models.ModelCard;
import io.github.idfraud.models.Rounding;
import io.github.idfraud.trainer.evaluation.Evaluation;
import io.github.idfraud.trainer.evaluation.ThresholdCalibrator;
import io.github.idfraud.trainer.model.BoosterLayout;
import io.github.idfraud.trainer.model.FeatureImportances;
import io.github.idfraud.trainer.model.ProvenanceSummary;
import io.github.idfraud.trainer.plot.PlotWriter;
import io.github.idfraud.trainer.replay.Periods;
import io.github.idfraud.trainer.replay.ReplayResult;
import io.github.idfraud.trainer.replay.ReplayedEvent;
import io.github.idfraud.trainer.report.ModelCardWriter;
import io.github.idfraud.trainer.report.PredictionsWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes what a training run produced: both models, the test predictions, the plots and the model card (JSON and
 * Markdown).
 */
final class TrainingArtefacts {

    static final String MODEL = "model.tribuo";
    static final String BASELINE = "baseline.tribuo";
    static final String PREDICTIONS = "predictions-test.csv";
    static final String IMBALANCE = "FRAUD examples weigh LEGIT/FRAUD of the training set, capped at %s; LEGIT "
            + "training events are sampled down to about %,d events in all";

    private final TrainingSettings settings;

    TrainingArtefacts(TrainingSettings settings) {
        this.settings = settings;
    }

    /** Everything a run learnt, for the artefacts. */
    record Outcome(String logDescription, Periods periods, ReplayResult replay, TrainingSets sets, TrainingSample sample,
                   long trainPeriodEvents, HyperparameterSearch.Result search, TrainingRun.FinalTraining trained,
                   TrainingRun.TestEvaluation evaluation, Detection detection) {
    }

    ModelCard write(Path dir, Outcome o) throws IOException {
        Files.createDirectories(dir);
        Path modelFile = dir.resolve(MODEL);
        o.trained().xgboost().serializeToFile(modelFile);
        o.trained().baseline().serializeToFile(dir.resolve(BASELINE));
        List<ReplayedEvent> test = o.sets().test();
        new PredictionsWriter().write(dir.resolve(PREDICTIONS), test, o.evaluation().xgboostScores());
        List<FeatureImportance> importance = FeatureImportances.of(o.trained().xgboost());
        Map<String, double[]> scoresByModel = new LinkedHashMap<>();
        scoresByModel.put("XGBoost", o.evaluation().xgboostScores());
        scoresByModel.put("logistic regression", o.evaluation().baselineScores());
        Map<String, String> plots = new PlotWriter().write(dir, "test period " + o.periods().test(),
                ReplayedEvent.fraudFlags(test), scoresByModel, importance);

        Instant createdAt = Instant.now();
        ModelCard card = new ModelCard(version(createdAt, modelFile), "XGBoost gradient-boosted trees (Tribuo "
                + "XGBoostClassificationTrainer)", createdAt, o.periods().train(), o.periods().test(), data(o),
                FeatureSchema.names(), o.trained().params().card(o.trained().fraudWeight(), settings.seed()),
                settings.baselineCard(), o.evaluation().metrics(), o.evaluation().thresholds(), ThresholdCalibrator.alertRates(),
                BoosterLayout.of(o.trained().xgboost()), new ModelCard.Replay(o.logDescription(), o.replay().events(),
                        o.replay().labels(), Math.round(o.replay().eventsPerSecond())),
                ProvenanceSummary.of(o.trained().xgboost()), o.periods().valid(), selection(o), o.evaluation().calibration(),
                importance, plots, o.evaluation().budgets(), o.detection(), o.evaluation().driftReference());
        new ModelCardWriter().write(card, dir);
        return card;
    }

    private ModelCard.Data data(Outcome o) {
        List<ReplayedEvent> test = o.sets().test();
        boolean valid = o.periods().hasValidation();
        return new ModelCard.Data(o.trained().events().size(), ReplayedEvent.countFraud(o.trained().events()), test.size(),
                ReplayedEvent.countFraud(test), Evaluation.fraudByScenario(test), valid ? o.sets().selection().size() : 0,
                valid ? ReplayedEvent.countFraud(o.sets().selection()) : 0, o.trainPeriodEvents(), o.sample().describe(),
                String.format(IMBALANCE, settings.maxFraudWeight(), settings.maxTrainEvents()));
    }

    private static ModelCard.Selection selection(Outcome o) {
        if (o.search() == null) {
            return null;
        }
        List<ModelCard.Candidate> candidates = o.search().candidates().stream()
                .map(c -> new ModelCard.Candidate(c.params(), Rounding.round(c.averagePrecision()), Rounding.round(c.aucRoc()),
                        Math.round(c.seconds() * 10) / 10.0))
                .toList();
        return new ModelCard.Selection(o.sets().selectionName(), "average precision", o.sets().refit() != null,
                o.search().chosen(), candidates);
    }

    /** {@code xgb-YYYY-MM-DD-xxxx}: the day and the first 4 hex digits of the model file's SHA-256. */
    static String version(Instant createdAt, Path modelFile) throws IOException {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(modelFile));
            return "xgb-" + LocalDate.ofInstant(createdAt, ZoneOffset.UTC) + "-" + HexFormat.of().formatHex(digest).substring(0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
