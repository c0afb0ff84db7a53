package io.github.idfraud.trainer.training;

import io.github.idfraud.trainer.redis.RedisSession;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.idfraud.features.Feature;
import io.github.idfraud.features.FeatureSchema;
import io.github.idfraud.models.DayRange;
import io.github.idfraud.models.ModelCard;
import io.github.idfraud.models.ModelMetrics;
import io.github.idfraud.trainer.TestRedisSession;
import io.github.idfraud.trainer.ToyLogGenerator;
import io.github.idfraud.trainer.replay.Periods;
import io.github.idfraud.trainer.report.ModelCardWriter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import ml.dmlc.xgboost4j.java.DMatrix;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribuo.Model;
import org.tribuo.VariableInfo;
import org.tribuo.classification.Label;
import org.tribuo.common.xgboost.XGBoostModel;
import org.tribuo.impl.ArrayExample;

class TrainingRunTests {

    @TempDir
    static Path dir;
    static Path out;
    static ModelCard card;
    static String console;

    @BeforeAll
    static void trainOnAToyLog() throws Exception {
        Path log = dir.resolve("toy.jsonl");
        new ToyLogGenerator(7).write(log, 250, 21);
        out = dir.resolve("model");
        var periods = new Periods(new DayRange(LocalDate.parse("2026-10-03"), LocalDate.parse("2026-10-12")),
                new DayRange(LocalDate.parse("2026-10-13"), LocalDate.parse("2026-10-15")),
                new DayRange(LocalDate.parse("2026-10-16"), LocalDate.parse("2026-10-21")));
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        card = new TrainingRun(new PrintStream(buffer, true, StandardCharsets.UTF_8), TrainingSettings.defaults(1).withTrees(20))
                .run(log, periods, out, TestRedisSession.url());
        console = buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesEveryArtefact() {
        assertThat(out.resolve("model.tribuo")).isNotEmptyFile();
        assertThat(out.resolve("baseline.tribuo")).isNotEmptyFile();
        assertThat(out.resolve("model-card.json")).isNotEmptyFile();
        assertThat(out.resolve("model-card.md")).content().contains(card.version(), "AUC ROC", "account_takeover",
                "precision at 100 customers/day", "recall at 0.1% FPR", "Hyperparameter search", "**chosen**");
        assertThat(out.resolve("predictions-test.csv")).content().startsWith("tenant,eventId,score,label\n");
        assertThat(console).contains("[6/6]", "events/s", "ETA", "deleted", "candidate 6/6", "recall @ 5% FPR");
    }

    @Test
    void plotsAreWrittenAndLinkedFromTheMarkdownCard() throws Exception {
        assertThat(card.plots()).containsOnlyKeys("roc", "precisionRecall", "scoreDistribution", "featureImportance");
        String md = Files.readString(out.resolve("model-card.md"));
        for (String file : card.plots().values()) {
            assertThat(out.resolve(file)).isNotEmptyFile();
            assertThat(md).contains("](" + file + ")");
        }
        assertThat(card.featureImportance()).isNotEmpty().allSatisfy(f -> assertThat(f.gainShare()).isBetween(0.0, 1.0));
    }

    @Test
    void searchSelectsOnTheValidationPeriodAndThresholdsAreCalibratedThere() {
        var selection = card.selection();
        assertThat(selection.candidates()).hasSize(6);
        assertThat(selection.scoredOn()).contains("validation period 2026-10-13..2026-10-15");
        assertThat(selection.refitted()).isFalse();
        double bestAp = selection.candidates().stream().mapToDouble(ModelCard.Candidate::averagePrecision).max().orElseThrow();
        assertThat(selection.candidates().get(selection.chosen()).averagePrecision()).isEqualTo(bestAp);
        assertThat(card.hyperparameters()).containsEntry("maxDepth", selection.candidates().get(selection.chosen()).params().maxDepth());
        assertThat(card.calibration().calibratedOn()).startsWith("validation period");
        assertThat(card.calibration().testAlertRates()).containsOnlyKeys("challenge", "review", "decline");
        assertThat(card.data().validEvents()).isPositive();
        assertThat(card.validPeriod()).hasToString("2026-10-13..2026-10-15");
    }

    @Test
    void theCardCarriesTheScoreAndEverySchemaFeatureDistributionOnTheValidationPeriod() throws Exception {
        var reference = new ModelCardWriter().read(out.resolve("model-card.json")).driftReference();

        assertThat(reference).isEqualTo(card.driftReference());
        assertThat(reference.period()).isEqualTo(card.calibration().calibratedOn()).startsWith("validation period");
        assertThat(reference.events()).isEqualTo(card.data().validEvents());
        assertThat(reference.features().keySet()).containsExactlyElementsOf(FeatureSchema.names());
        for (var bins : Stream.concat(Stream.of(reference.score()), reference.features().values().stream()).toList()) {
            assertThat(bins.shares()).hasSize(bins.upperBounds().size() + 1);
            assertThat(bins.shares().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(0.002));
            assertThat(bins.upperBounds()).isSorted().doesNotHaveDuplicates();
        }
        assertThat(reference.score().upperBounds()).isNotEmpty().allSatisfy(bound -> assertThat(bound).isBetween(0.0, 1.0));
        assertThat(reference.features().get(Feature.TYPE_LOGIN.featureName()).upperBounds()).containsExactly(0.0);
        assertThat(out.resolve("model-card.md")).content().contains("## Drift reference", reference.period());
    }

    @Test
    void savedModelsLoadAndKnowEverySchemaFeature() throws Exception {
        for (String file : List.of("model.tribuo", "baseline.tribuo")) {
            Model<?> model = Model.deserializeFromFile(out.resolve(file));
            Set<String> names = java.util.stream.StreamSupport.stream(model.getFeatureIDMap().spliterator(), false)
                    .map(VariableInfo::getName).collect(Collectors.toSet());
            FeatureSchema.requireCompatible(names);
            assertThat(model.generatesProbabilities()).isTrue();
        }
    }

    @Test
    void modelCardHasMetricsInTheUnitIntervalAndAVersionFromTheModelFile() throws Exception {
        ModelCard read = new ModelCardWriter().read(out.resolve("model-card.json"));
        assertThat(read.version()).matches("xgb-\\d{4}-\\d{2}-\\d{2}-[0-9a-f]{4}")
                .isEqualTo(TrainingArtefacts.version(read.createdAt(), out.resolve("model.tribuo")));
        for (ModelMetrics m : List.of(read.metrics().xgboost(), read.metrics().logisticRegression())) {
            assertThat(List.of(m.aucRoc(), m.averagePrecision(), m.recallAt1PctFpr())).allSatisfy(v -> assertThat(v).isBetween(0.0, 1.0));
            assertThat(m.perScenarioRecall()).isNotEmpty().allSatisfy((k, v) -> assertThat(v).isBetween(0.0, 1.0));
            assertThat(m.recallAtFpr()).containsOnlyKeys("0.1%", "1%", "5%");
            assertThat(m.recallAtFpr().get("0.1%")).isLessThanOrEqualTo(m.recallAtFpr().get("1%"));
            assertThat(m.recallAtFpr().get("1%")).isLessThanOrEqualTo(m.recallAtFpr().get("5%")).isEqualTo(m.recallAt1PctFpr());
            assertThat(m.precisionAtK().capacity()).isEqualTo(100);
            assertThat(m.precisionAtK().meanDailyPrecision()).isBetween(0.0, 1.0);
            assertThat(m.scenarios()).containsKeys("legit", "account_takeover");
        }
        assertThat(read.metrics()).isEqualTo(card.metrics());
        assertThat(read.selection()).isEqualTo(card.selection());
        assertThat(read.data().testFraud()).isPositive();
        assertThat(read.features()).isEqualTo(FeatureSchema.names());
        assertThat(read.thresholds().challenge()).isLessThanOrEqualTo(read.thresholds().review());
        assertThat(read.thresholds().review()).isLessThanOrEqualTo(read.thresholds().decline());
        assertThat(read.provenance()).contains("XGBoostClassificationTrainer", "Tribuo 4.3.2");
    }

    @Test
    void boosterColumnsAreFeatureNamesInSortedOrderAndTheFraudColumnMatchesTribuo() throws Exception {
        @SuppressWarnings("unchecked")
        var model = (XGBoostModel<Label>) Model.deserializeFromFile(out.resolve("model.tribuo"));
        List<String> order = card.boosterInput().featureOrder();
        assertThat(order).isSorted().containsExactlyInAnyOrderElementsOf(FeatureSchema.names());

        double[] schemaValues = new double[FeatureSchema.size()];
        schemaValues[Feature.TYPE_TRANSACTION.ordinal()] = 1;
        schemaValues[Feature.AMOUNT_LOG.ordinal()] = Math.log1p(2500);
        schemaValues[Feature.TAKEOVER_CHAIN_STEPS_24H.ordinal()] = 3;
        schemaValues[Feature.COUNTERPARTY_NEW_FOR_CUSTOMER.ordinal()] = 1;
        var example = new ArrayExample<>(new Label("LEGIT"), FeatureSchema.names().toArray(String[]::new), schemaValues);
        double tribuo = model.predict(example).getOutputScores().get("FRAUD").getScore();

        float[] row = new float[order.size()];
        int[] columns = new int[order.size()];
        for (int c = 0; c < row.length; c++) {
            columns[c] = c;
            row[c] = (float) schemaValues[FeatureSchema.names().indexOf(order.get(c))];
        }
        DMatrix matrix = new DMatrix(new long[] {0, row.length}, columns, row, DMatrix.SparseType.CSR, row.length);
        try {
            float[] probabilities = model.getInnerModels().get(0).predict(matrix)[0];
            assertThat(probabilities).hasSize(card.boosterInput().outputs());
            assertThat((double) probabilities[card.boosterInput().fraudOutputIndex()]).isCloseTo(tribuo, within(1e-6));
        } finally {
            matrix.dispose();
        }
    }

    @Test
    void predictionsCoverEveryTestEvent() throws Exception {
        List<String> rows = Files.readAllLines(out.resolve("predictions-test.csv"));
        assertThat(rows).hasSize((int) card.data().testEvents() + 1);
        assertThat(rows.stream().skip(1).filter(r -> r.endsWith(",FRAUD")).count()).isEqualTo(card.data().testFraud());
    }
}
