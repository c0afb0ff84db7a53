package io.github.idfraud.trainer.report;

import io.github.idfraud.models.ModelCard;
import io.github.idfraud.models.ScenarioResult;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** The per-scenario part of the model card: every scenario of the test period, weak ones included. */
final class ScenarioTable {

    void render(StringBuilder md, ModelCard card) {
        Map<String, ScenarioResult> xgb = card.metrics().xgboost().scenarios();
        Map<String, ScenarioResult> lr = card.metrics().logisticRegression().scenarios();
        md.append("\n## Per scenario (test period, threshold at 1% FPR)\n\n")
                .append("`recall`: share of the scenario's FRAUD-labelled events flagged. `flagged`: share of all its events ")
                .append("flagged, labelled or not (ground-truth recall; for `legit`, the false-positive rate). A `legit` ")
                .append("FRAUD event is label noise: generated as legitimate, labelled FRAUD.\n\n")
                .append("| scenario | events | FRAUD-labelled | XGBoost recall | XGBoost flagged | logistic recall | logistic flagged |\n")
                .append("|---|---|---|---|---|---|---|\n");
        for (String scenario : new TreeSet<>(xgb.keySet())) {
            ScenarioResult x = xgb.get(scenario);
            ScenarioResult l = lr.get(scenario);
            md.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %s | %s | %s | %s |%n", scenario, x.events(), x.fraudEvents(),
                    ModelCardMarkdown.pct(x.recall()), ModelCardMarkdown.pct(x.flagged()),
                    l == null ? "-" : ModelCardMarkdown.pct(l.recall()), l == null ? "-" : ModelCardMarkdown.pct(l.flagged())));
        }
    }
}
