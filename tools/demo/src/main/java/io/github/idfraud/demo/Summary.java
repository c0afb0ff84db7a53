package io.github.idfraud.demo;

import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/** The end-of-run report: decisions, detection against ground truth, rules fired, score drift, cases, emails, latency. */
final class Summary {

    /** The documented alarm level of the drift gauge (docs/operations.md). */
    private static final double ALARM_PSI = 0.25;

    private final Console console;

    Summary(Console console) {
        this.console = console;
    }

    void print(Scoreboard board, Histogram latencyMicros, long cases, MailCatcher mail, Map<String, Double> scorePsi,
               ConsumerLoop.Figures loop, BankReceiver banks) {
        console.line("");
        console.line("==== summary ====");
        console.line(String.format("events scored  %,d   errors %,d   verified profile refreshes kept %,d", board.scored(),
                board.count(Scoreboard.Decision.ERROR), board.profilesKept()));
        console.line(String.format("decisions      ALLOW %,d   CHALLENGE %,d   REVIEW %,d   DECLINE %,d",
                board.count(Scoreboard.Decision.ALLOW), board.count(Scoreboard.Decision.CHALLENGE),
                board.count(Scoreboard.Decision.REVIEW), board.count(Scoreboard.Decision.DECLINE)));
        console.line("detection (REVIEW or DECLINE) against the simulator's ground truth:");
        console.line(String.format("  %-20s %10s %10s %8s", "scenario", "events", "alerted", "share"));
        for (Map.Entry<String, long[]> e : board.byScenario().entrySet()) {
            long events = e.getValue()[0];
            long alerted = e.getValue()[1];
            String label = "legit".equals(e.getKey()) ? "legit (false alerts)" : e.getKey() + " (recall)";
            console.line(String.format("  %-20s %,10d %,10d %7.1f%%", label, events, alerted, events == 0 ? 0 : 100.0 * alerted / events));
        }
        console.line(String.format("  precision of alerts: %.1f%% of alerted events were fraud", 100 * board.precision()));
        Map<String, Long> rules = board.ruleFirings();
        console.line(rules.isEmpty() ? "tenant rules   none fired"
                : "tenant rules   fired beside the model (default set): " + String.join(", ", rules.entrySet().stream()
                        .map(e -> e.getKey() + " " + String.format("%,d", e.getValue())).toList()));
        console.line(scorePsi.isEmpty() ? "score drift    not measured yet (too few events per tenant)"
                : "score drift    PSI against the model card's reference (watch 0.1, alarm 0.25): " + String.join(", ",
                        scorePsi.entrySet().stream().map(e -> e.getKey() + " " + String.format("%.3f", e.getValue())).toList()));
        if (scorePsi.values().stream().anyMatch(psi -> psi > ALARM_PSI)) {
            console.line("               (above the alarm: this short stream starts cold, every customer new, unlike the settled"
                    + " weeks the reference comes from)");
        }
        console.line(String.format("latency (live, open loop)  p50 %.1f ms   p99 %.1f ms   max %.1f ms",
                latencyMicros.getValueAtPercentile(50) / 1000.0, latencyMicros.getValueAtPercentile(99) / 1000.0,
                latencyMicros.getMaxValue() / 1000.0));
        console.line(String.format("cases opened   %s", cases < 0 ? "unknown (case API not answering)" : String.format("%,d", cases)));
        List<String> mails = mail.texts();
        console.line(String.format("emails sent    %,d", mails.size()));
        console.line(String.format("consumer loop  %,d fraud cases, %,d with a victim reachable (a contact their bank verified"
                + " before), %,d of them e-mailed there (%.0f%%)", loop.fraudCases(), loop.reachable(), loop.victimsEmailed(),
                100 * loop.reachedShare()));
        console.line(String.format("               e-mails to fraudster-controlled addresses %,d;   answers: %,d \"not me\", %,d"
                + " \"yes, me\", %,d refused", loop.toFraudsters(), loop.answeredNotMe(), loop.answeredMe(), loop.answerFailures()));
        console.line(String.format("               banks notified of \"not me\" by signed webhook: %,d (one per case)%s",
                banks.notified(), banks.badSignatures() == 0 ? "" : String.format(", %,d with a bad signature", banks.badSignatures())));
        loop.misses().forEach(miss -> console.line("               " + miss));
        if (!mails.isEmpty()) {
            console.line("one of them, as the consumer sees it:");
            console.line("-".repeat(72));
            console.line(mails.get(0).strip());
            console.line("-".repeat(72));
        }
    }
}
