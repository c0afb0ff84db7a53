package io.github.idfraud.trainer.report;

import io.github.idfraud.models.ModelCard;
import java.io.PrintStream;
import java.util.Locale;

/** Prints the end-of-run summary: data, metrics of both models side by side, scenarios, thresholds. */
public final class SummaryTable {

    private final PrintStream out;

    public SummaryTable(PrintStream out) {
        this.out = out;
    }

    public void print(ModelCard card) {
        var data = card.data();
        out.println();
        out.println("model " + card.version() + "  (train " + card.trainPeriod() + (card.validPeriod() == null ? ""
                : ", validation " + card.validPeriod()) + ", test " + card.testPeriod() + ")");
        out.printf(Locale.ROOT, "  trained on %,d events, %,d FRAUD   test: %,d events, %,d FRAUD   replay: %,.0f events/s%n",
                data.trainEvents(), data.trainFraud(), data.testEvents(), data.testFraud(), card.replay().eventsPerSecond());
        if (card.selection() != null) {
            var best = card.selection().candidates().get(card.selection().chosen());
            out.printf(Locale.ROOT, "  chosen: %s (validation AP %.4f, best of %d)%n", best.params().label(),
                    best.averagePrecision(), card.selection().candidates().size());
        }
        new MetricsTable(out, "metric (test period)", "XGBoost", "logistic")
                .print(card.metrics().xgboost(), card.metrics().logisticRegression());
        var t = card.thresholds();
        var rates = card.calibration().testAlertRates();
        out.printf(Locale.ROOT, "  thresholds (calibrated on the %s): challenge %.5g, review %.5g, decline %.5g%n",
                card.calibration().calibratedOn(), t.challenge(), t.review(), t.decline());
        out.printf(Locale.ROOT, "  share of test events at or above them: %s, %s, %s (targets 5%%, 1%%, 0.2%%)%n",
                ModelCardMarkdown.pct(rates.get("challenge")), ModelCardMarkdown.pct(rates.get("review")),
                ModelCardMarkdown.pct(rates.get("decline")));
    }
}
