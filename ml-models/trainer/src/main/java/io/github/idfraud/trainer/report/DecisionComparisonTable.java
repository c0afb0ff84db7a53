package io.github.idfraud.trainer.report;

import io.github.idfraud.trainer.evaluation.DecisionComparison;
import io.github.idfraud.trainer.evaluation.DecisionMetrics;
import java.util.List;
import java.util.Locale;

/**
 * A {@link DecisionComparison} as Markdown: an overall table (flagged, precision, recall, LEGIT flagged per decider)
 * and a per-scenario table (recall of FRAUD events and share of all events flagged, per decider). The backtest
 * prints and writes it; the model card can embed it as it is.
 */
public final class DecisionComparisonTable {

    public String markdown(DecisionComparison comparison) {
        List<String> deciders = comparison.deciders();
        StringBuilder md = new StringBuilder();
        md.append("| decider | flagged (REVIEW/DECLINE) | precision | recall | LEGIT flagged |\n|---|---:|---:|---:|---:|\n");
        for (String decider : deciders) {
            DecisionMetrics m = comparison.get(decider, DecisionComparison.ALL);
            md.append(String.format(Locale.ROOT, "| %s | %,d | %s | %s | %s |%n", decider, m.flagged(), pct(m.precision()),
                    pct(m.recall()), pct(m.legitFlaggedRate())));
        }
        md.append("\n| scenario | events | FRAUD |");
        deciders.forEach(d -> md.append(" recall ").append(d).append(" |"));
        deciders.forEach(d -> md.append(" flagged ").append(d).append(" |"));
        md.append("\n|---|---:|---:|").append("---:|".repeat(deciders.size() * 2)).append('\n');
        for (String scenario : comparison.scenarios()) {
            DecisionMetrics first = comparison.get(deciders.get(0), scenario);
            md.append(String.format(Locale.ROOT, "| %s | %,d | %,d |", scenario, first.events(), first.fraudEvents()));
            deciders.forEach(d -> md.append(' ').append(pct(comparison.get(d, scenario).recall())).append(" |"));
            deciders.forEach(d -> md.append(' ').append(pct(comparison.get(d, scenario).flaggedShare())).append(" |"));
            md.append('\n');
        }
        return md.toString();
    }

    static String pct(Double share) {
        return share == null ? "-" : String.format(Locale.ROOT, "%.2f%%", share * 100);
    }
}
