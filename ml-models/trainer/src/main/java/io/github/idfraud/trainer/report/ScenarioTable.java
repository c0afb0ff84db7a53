package io.github.idfraud.trainer.report;

import static io.github.idfraud.trainer.report.ModelCardMarkdown.pct;

import io.github.idfraud.models.ModelCard;
import io.github.idfraud.models.ScenarioResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** The per-scenario rows of the model card: every scenario of the test period, weak ones included. */
final class ScenarioTable {

    private ScenarioTable() {
    }

    /** One scenario, formatted; a scenario the baseline never saw shows {@code -} in its columns. */
    public record Row(String scenario, String events, String fraudEvents, String xgboostRecall, String xgboostFlagged,
                      String logisticRecall, String logisticFlagged) {
    }

    static List<Row> rows(ModelCard card) {
        Map<String, ScenarioResult> xgb = card.metrics().xgboost().scenarios();
        Map<String, ScenarioResult> lr = card.metrics().logisticRegression().scenarios();
        List<Row> rows = new ArrayList<>();
        for (String scenario : new TreeSet<>(xgb.keySet())) {
            ScenarioResult x = xgb.get(scenario);
            ScenarioResult l = lr.get(scenario);
            rows.add(new Row(scenario, String.format(Locale.ROOT, "%,d", x.events()),
                    String.format(Locale.ROOT, "%,d", x.fraudEvents()), pct(x.recall()), pct(x.flagged()),
                    l == null ? "-" : pct(l.recall()), l == null ? "-" : pct(l.flagged())));
        }
        return rows;
    }
}
