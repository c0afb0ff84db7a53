package io.github.idfraud.trainer;

import io.github.idfraud.features.EngineSettings;
import io.github.idfraud.features.FeatureEngine;
import io.github.idfraud.features.FeatureSchema;
import io.github.idfraud.features.Pseudonymiser;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/**
 * One training run: collect targets, replay the log through the feature engine in Redis, train the XGBoost model and
 * the logistic-regression baseline, evaluate both on the test period, calibrate thresholds and write the artefacts.
 */
public final class TrainingRun {

    static final int MAX_IN_FLIGHT = 512;

    private final PrintStream out;
    private final TrainingSettings settings;

    public TrainingRun(PrintStream out, TrainingSettings settings) {
        this.out = out;
        this.settings = settings;
    }

    public ModelCard run(Path log, Periods periods, Path outDir, String redisUrl) throws IOException {
        return run(log, log.getFileName().toString(), periods, outDir, redisUrl);
    }

    /** @param logDescription where the log came from, for the model card (a file name, or how it was simulated) */
    public ModelCard run(Path log, String logDescription, Periods periods, Path outDir, String redisUrl) throws IOException {
        out.println("[1/5] collecting targets from " + log);
        Targets targets = new TargetCollector().collect(log);
        out.printf("  %,d events (%s..%s), %,d labels, %,d labelled events%n", targets.events(), targets.firstEventDay(),
                targets.lastEventDay(), targets.labels(), targets.labelled().size());
        if (periods.train().to().isBefore(targets.firstEventDay()) || periods.test().from().isAfter(targets.lastEventDay())) {
            throw new IllegalArgumentException("the periods (train " + periods.train() + ", test " + periods.test()
                    + ") miss the log's event days " + targets.firstEventDay() + ".." + targets.lastEventDay());
        }

        ReplayResult replay = replay(log, targets, periods, redisUrl);
        List<ReplayedEvent> train = replay.train();
        List<ReplayedEvent> test = replay.test();
        long trainFraud = train.stream().filter(ReplayedEvent::fraud).count();
        long testFraud = test.stream().filter(ReplayedEvent::fraud).count();
        if (trainFraud == 0 || trainFraud == train.size()) {
            throw new IllegalArgumentException("the training period " + periods.train() + " needs FRAUD and LEGIT events, has "
                    + trainFraud + " FRAUD of " + train.size() + " events");
        }

        ExampleFactory examples = new ExampleFactory();
        float fraudWeight = settings.fraudWeight(train.size() - trainFraud, trainFraud);
        var dataset = examples.dataset("replay of " + log.getFileName() + " " + periods.train(), train, fraudWeight);
        ModelTrainer trainer = new ModelTrainer(settings);
        out.printf("[3/5] training XGBoost on %,d events (%,d FRAUD, weight %.1f)%n", train.size(), trainFraud, fraudWeight);
        long t0 = System.nanoTime();
        Model<Label> xgboost = trainer.xgboost(dataset);
        out.printf("  done in %.1f s%n[4/5] training the logistic-regression baseline%n", (System.nanoTime() - t0) / 1e9);
        t0 = System.nanoTime();
        Model<Label> baseline = trainer.logisticRegression(dataset);
        out.printf("  done in %.1f s%n[5/5] evaluating on %,d test events (%,d FRAUD), writing %s%n",
                (System.nanoTime() - t0) / 1e9, test.size(), testFraud, outDir);

        Scorer scorer = new Scorer();
        double[] xgbScores = scorer.fraudScores(xgboost, test);
        double[] lrScores = scorer.fraudScores(baseline, test);
        Evaluation evaluation = new Evaluation();
        var metrics = new ModelCard.Metrics(evaluation.evaluate(test, xgbScores).rounded(),
                evaluation.evaluate(test, lrScores).rounded());
        Thresholds thresholds = new ThresholdCalibrator().calibrate(xgbScores);

        Files.createDirectories(outDir);
        Path modelFile = outDir.resolve("model.tribuo");
        xgboost.serializeToFile(modelFile);
        baseline.serializeToFile(outDir.resolve("baseline.tribuo"));
        new PredictionsWriter().write(outDir.resolve("predictions-test.csv"), test, xgbScores);

        Instant createdAt = Instant.now();
        ModelCard card = new ModelCard(version(createdAt, modelFile), "XGBoost gradient-boosted trees (Tribuo "
                + "XGBoostClassificationTrainer)", createdAt, periods.train(), periods.test(),
                new ModelCard.Data(train.size(), trainFraud, test.size(), testFraud, Evaluation.fraudByScenario(test)),
                FeatureSchema.names(), settings.xgboostCard(fraudWeight), trainer.baselineCard(), metrics, thresholds,
                ThresholdCalibrator.alertRates(),
                BoosterLayout.of(xgboost), new ModelCard.Replay(logDescription, replay.events(),
                        replay.labels(), Math.round(replay.eventsPerSecond())),
                ProvenanceSummary.of(xgboost));
        new ModelCardWriter().write(card, outDir);
        new SummaryTable(out).print(card);
        return card;
    }

    private ReplayResult replay(Path log, Targets targets, Periods periods, String redisUrl) throws IOException {
        String prefix = "tr-" + HexFormat.of().formatHex(randomBytes(4)) + ":";
        // A fresh secret per run: the pseudonyms live only in this run's keys, which are deleted at the end.
        Pseudonymiser pseudonymiser = new Pseudonymiser(Base64.getEncoder().encodeToString(randomBytes(32)));
        out.println("[2/5] replaying the log through the feature engine (" + redisUrl + ", key prefix " + prefix + ")");
        try (RedisSession redis = RedisSession.open(redisUrl)) {
            FeatureEngine engine = new FeatureEngine(redis::batch, pseudonymiser, EngineSettings.defaults(prefix));
            try {
                // Loaded up front: a NOSCRIPT retry mid-replay would resend a batch out of order.
                RedisSession.await(engine.prepare(), 10);
                ReplayResult result = new LogReplayer(engine, MAX_IN_FLIGHT, new ReplayProgress(out))
                        .replay(log, targets, periods);
                out.printf("  kept %,d training and %,d test events; skipped %,d malformed events, %,d labels without "
                        + "their event, %,d lines out of time order%n", result.train().size(), result.test().size(),
                        result.skippedEvents(), result.orphanLabels(), result.outOfOrder());
                return result;
            } finally {
                out.printf("  deleted %,d Redis keys under %s%n", redis.deleteKeys(prefix), prefix);
            }
        }
    }

    static String version(Instant createdAt, Path modelFile) throws IOException {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(modelFile));
            return "xgb-" + LocalDate.ofInstant(createdAt, ZoneOffset.UTC) + "-" + HexFormat.of().formatHex(digest).substring(0, 4);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
