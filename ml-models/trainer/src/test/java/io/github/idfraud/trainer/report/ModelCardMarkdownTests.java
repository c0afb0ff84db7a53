package io.github.idfraud.trainer.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.idfraud.models.ModelCard;
import io.github.idfraud.models.ModelMetrics;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The optional parts of the Markdown card; the released card (every part present) is pinned by ModelCardWriterTests. */
class ModelCardMarkdownTests {

    private static final Path RELEASED = Path.of("..", "models", "src", "main", "resources", "models", "default",
            "model-card.json");

    @Test
    void aCardWithoutSearchPlotsOrImportanceLeavesThoseSectionsOut() throws Exception {
        ModelCard c = released();
        ModelCard bare = new ModelCard(c.version(), c.algorithm(), c.createdAt(), c.trainPeriod(), c.testPeriod(), c.data(),
                c.features(), c.hyperparameters(), c.baselineHyperparameters(), c.metrics(), c.thresholds(),
                c.thresholdAlertRates(), c.boosterInput(), c.replay(), c.provenance(), c.validPeriod(), null,
                c.calibration(), List.of(), Map.of());

        String md = new ModelCardMarkdown().render(bare);

        assertThat(md).doesNotContain("## Hyperparameter search", "## Plots", "## Feature importance")
                .contains("of 2.\n\n## Features (schema order)\n", "|\n\n## Decision thresholds\n");
    }

    @Test
    void holdOutSelectionARefitAndAScenarioTheBaselineLacksAreSpelledOut() throws Exception {
        ModelCard c = released();
        ModelMetrics lr = c.metrics().logisticRegression();
        var scenarios = new TreeMap<>(lr.scenarios());
        scenarios.remove("money_mule");
        var baseline = new ModelMetrics(lr.aucRoc(), lr.averagePrecision(), lr.recallAt1PctFpr(), lr.perScenarioRecall(),
                lr.recallAtFpr(), lr.precisionAtK(), scenarios);
        var refit = new ModelCard.Selection("hold-out training days", "average precision", true, 0,
                c.selection().candidates());
        ModelCard card = new ModelCard(c.version(), c.algorithm(), c.createdAt(), c.trainPeriod(), c.testPeriod(), c.data(),
                c.features(), c.hyperparameters(), c.baselineHyperparameters(),
                new ModelCard.Metrics(c.metrics().xgboost(), baseline), c.thresholds(), c.thresholdAlertRates(),
                c.boosterInput(), c.replay(), c.provenance(), null, refit, c.calibration(), c.featureImportance(), c.plots());

        String md = new ModelCardMarkdown().render(card);

        assertThat(md).contains("| Validation period | none (hold-out training days selected the model) |\n",
                "on the hold-out training days; the chosen one was then trained again on every training day.\n",
                "| **chosen** | 150 | 4 | 0.15 | 5.0 |", "| money_mule | 64 | 29 | 55.2% | 70.3% | - | - |\n");
    }

    private static ModelCard released() throws Exception {
        return new ModelCardWriter().read(RELEASED);
    }
}
