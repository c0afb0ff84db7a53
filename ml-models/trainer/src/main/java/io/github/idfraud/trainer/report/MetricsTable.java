package io.github.idfraud.trainer.report;

import io.github.idfraud.models.ModelMetrics;
import io.github.idfraud.models.ScenarioResult;
import io.github.idfraud.trainer.evaluation.Evaluation;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * One or two models' metrics as a console table; with two, side by side with their difference: the released model
 * and its baseline after training, or the champion and the challenger in {@code compare}.
 */
public final class MetricsTable {

    private final PrintStream out;
    private final String title;
    private final List<String> columns;

    public MetricsTable(PrintStream out, String title, String... columns) {
        this.out = out;
        this.title = title;
        this.columns = List.of(columns);
    }

    public void print(ModelMetrics... models) {
        if (models.length != columns.size()) {
            throw new IllegalArgumentException("expected " + columns.size() + " models, got " + models.length);
        }
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "  %-44s", title));
        columns.forEach(c -> header.append(String.format(Locale.ROOT, " %12s", c)));
        out.println(header.append(models.length == 2 ? String.format(Locale.ROOT, " %9s", "diff") : ""));
        line("AUC ROC", models, ModelMetrics::aucRoc);
        line("average precision", models, ModelMetrics::averagePrecision);
        for (String key : Evaluation.FPR_KEYS) {
            line("recall @ " + key + " FPR", models, m -> m.recallAtFpr().get(key));
        }
        line("precision @ " + models[0].precisionAtK().capacity() + " customers/day", models,
                m -> m.precisionAtK().meanDailyPrecision());
        line("FRAUD customer-days found in review", models, m -> m.precisionAtK().recall());
        var scenarios = new TreeSet<String>();
        for (ModelMetrics m : models) {
            scenarios.addAll(m.scenarios().keySet());
        }
        out.printf(Locale.ROOT, "  per scenario at 1%% FPR: recall of its FRAUD-labelled events, share of all its events flagged%n");
        for (String scenario : scenarios) {
            ScenarioResult any = models[0].scenarios().getOrDefault(scenario, models[models.length - 1].scenarios().get(scenario));
            if (any.fraudEvents() > 0) {
                line("  recall  " + scenario + " (" + any.fraudEvents() + " FRAUD)", models, m -> recall(m, scenario));
            }
            line("  flagged " + scenario + " (" + any.events() + " events)", models, m -> flagged(m, scenario));
        }
        if (models.length == 2) {
            out.printf(Locale.ROOT, "  diff: %s minus %s%n", columns.get(1), columns.get(0));
        }
    }

    private static double recall(ModelMetrics m, String scenario) {
        ScenarioResult s = m.scenarios().get(scenario);
        return s == null || s.recall() == null ? Double.NaN : s.recall();
    }

    private static double flagged(ModelMetrics m, String scenario) {
        ScenarioResult s = m.scenarios().get(scenario);
        return s == null ? Double.NaN : s.flagged();
    }

    private void line(String name, ModelMetrics[] models, Function<ModelMetrics, Double> metric) {
        StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-44s", name));
        List<Double> values = new ArrayList<>();
        for (ModelMetrics m : models) {
            double v = metric.apply(m);
            values.add(v);
            row.append(String.format(Locale.ROOT, " %12.4f", v));
        }
        if (values.size() == 2) {
            row.append(String.format(Locale.ROOT, " %+9.4f", values.get(1) - values.get(0)));
        }
        out.println(row);
    }
}
