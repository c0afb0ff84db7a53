package io.github.idfraud.trainer;

import java.io.PrintStream;
import java.util.Locale;
import java.util.TreeSet;

/** Prints the end-of-run summary: data, metrics of both models side by side, thresholds. */
final class SummaryTable {

    private final PrintStream out;

    SummaryTable(PrintStream out) {
        this.out = out;
    }

    void print(ModelCard card) {
        var data = card.data();
        var xgb = card.metrics().xgboost();
        var lr = card.metrics().logisticRegression();
        out.println();
        out.println("model " + card.version() + "  (train " + card.trainPeriod() + ", test " + card.testPeriod() + ")");
        out.printf(Locale.ROOT, "  train: %,d events, %,d FRAUD   test: %,d events, %,d FRAUD   replay: %,.0f events/s%n",
                data.trainEvents(), data.trainFraud(), data.testEvents(), data.testFraud(), card.replay().eventsPerSecond());
        out.printf(Locale.ROOT, "  %-28s %12s %12s%n", "metric (test period)", "XGBoost", "logistic");
        line("AUC ROC", xgb.aucRoc(), lr.aucRoc());
        line("average precision", xgb.averagePrecision(), lr.averagePrecision());
        line("recall @ 1% FPR", xgb.recallAt1PctFpr(), lr.recallAt1PctFpr());
        for (String scenario : new TreeSet<>(xgb.perScenarioRecall().keySet())) {
            line("  recall " + scenario + " (" + data.testFraudByScenario().getOrDefault(scenario, 0) + ")",
                    xgb.perScenarioRecall().get(scenario), lr.perScenarioRecall().getOrDefault(scenario, Double.NaN));
        }
        var t = card.thresholds();
        out.printf(Locale.ROOT, "  thresholds: challenge %.5g (top 5%%), review %.5g (top 1%%), decline %.5g (top 0.2%%)%n",
                t.challenge(), t.review(), t.decline());
    }

    private void line(String name, double xgb, double lr) {
        out.printf(Locale.ROOT, "  %-28s %12.4f %12.4f%n", name, xgb, lr);
    }
}
