package io.github.idfraud.trainer.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.idfraud.features.FeatureSchema;
import io.github.idfraud.models.BoosterParams;
import io.github.idfraud.trainer.Events;
import io.github.idfraud.trainer.model.ExampleFactory;
import io.github.idfraud.trainer.model.Scorer;
import io.github.idfraud.trainer.replay.Periods;
import io.github.idfraud.trainer.replay.ReplayedEvent;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tribuo.classification.evaluation.LabelEvaluationUtil;

class HyperparameterSearchTests {

    // FRAUD is the exclusive-or of two features: one depth-1 tree cannot see it, a few depth-3 trees can.
    static final BoosterParams STUMP = new BoosterParams(1, 1, 0.3, 1, 1, 1);
    static final BoosterParams TREES = new BoosterParams(30, 3, 0.3, 1, 1, 1);

    static List<ReplayedEvent> fit;
    static List<ReplayedEvent> validation;
    static HyperparameterSearch.Result result;
    static String console;

    @BeforeAll
    static void search() {
        Random random = new Random(11);
        fit = xor(random, 3000, Periods.Split.TRAIN);
        validation = xor(random, 1500, Periods.Split.VALID);
        TrainingSettings settings = TrainingSettings.defaults(3);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        var dataset = new ExampleFactory().dataset("xor", fit, 1f);
        result = new HyperparameterSearch(new ModelTrainer(settings), new Scorer(),
                new PrintStream(buffer, true, StandardCharsets.UTF_8)).run(List.of(STUMP, TREES, STUMP.withTrees(2)), dataset,
                validation);
        console = buffer.toString(StandardCharsets.UTF_8);
    }

    private static List<ReplayedEvent> xor(Random random, int n, Periods.Split split) {
        List<ReplayedEvent> events = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // only the two features carry values: with noise in the others, a greedy first split (which sees no gain in
            // either half of an exclusive-or) may pick a noise feature, and whether the trees then find the
            // interaction would depend on how many features the schema has
            float[] features = new float[FeatureSchema.size()];
            features[3] = random.nextFloat();
            features[7] = random.nextFloat();
            boolean a = features[3] > 0.5;
            boolean b = features[7] > 0.5;
            boolean fraud = random.nextDouble() < 0.95 ? a ^ b : random.nextBoolean();
            events.add(Events.withFeatures(split + "-" + i, features, fraud, split));
        }
        return events;
    }

    @Test
    void choosesTheCandidateWithTheHighestValidationAveragePrecision() {
        var best = result.candidates().stream().max(Comparator.comparingDouble(HyperparameterSearch.Candidate::averagePrecision))
                .orElseThrow();
        assertThat(result.best()).isEqualTo(best);
        assertThat(result.best().params()).as("the interaction needs depth").isEqualTo(TREES);
        assertThat(result.chosen()).isEqualTo(1);
        assertThat(result.candidates().get(0).averagePrecision()).isLessThan(best.averagePrecision() - 0.2);
    }

    @Test
    void theChosenModelIsTheOneThatScoredOnValidation() {
        double[] scores = new Scorer().fraudScores(result.model(), validation);
        boolean[] fraud = ReplayedEvent.fraudFlags(validation);
        assertThat(LabelEvaluationUtil.averagedPrecision(fraud, scores)).isEqualTo(result.best().averagePrecision());
        assertThat(console).contains("candidate 3/3", "ETA", "chose candidate 2");
    }

    @Test
    void refusesSelectionEventsWithoutBothClasses() {
        var onlyLegit = validation.stream().filter(e -> !e.fraud()).toList();
        var search = new HyperparameterSearch(new ModelTrainer(TrainingSettings.defaults(3)), new Scorer(),
                new PrintStream(new ByteArrayOutputStream()));
        assertThatThrownBy(() -> search.run(List.of(STUMP), new ExampleFactory().dataset("xor", fit, 1f), onlyLegit))
                .hasMessageContaining("FRAUD and LEGIT");
    }
}
