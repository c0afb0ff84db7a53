package io.github.idfraud.trainer.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.idfraud.contract.ContractJson;
import io.github.idfraud.models.DayRange;
import io.github.idfraud.models.ModelCard;
import io.github.idfraud.trainer.evaluation.RuleBacktest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** A rule set's backtest: {@code rules-backtest.json} and {@code rules-backtest.md} (printed too). */
public final class RuleBacktestReport {

    public static final String JSON = "rules-backtest.json";
    public static final String MARKDOWN = "rules-backtest.md";

    private final ObjectMapper json = ContractJson.newMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** What {@code rules-backtest.json} holds. */
    public record RulesBacktest(String rules, String model, DayRange period, long events, long fraud,
                                ModelCard.Thresholds modelThresholds, RuleBacktest.Result result) {
    }

    /** Writes both files and returns the Markdown. */
    public String write(Path dir, RulesBacktest backtest) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(JSON), json.writeValueAsString(backtest) + "\n");
        String markdown = markdown(backtest);
        Files.writeString(dir.resolve(MARKDOWN), markdown);
        return markdown;
    }

    String markdown(RulesBacktest b) {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "## Rules backtest: %s with %s on %s%n%n", b.rules(), b.model(), b.period()));
        md.append(String.format(Locale.ROOT, "%,d events, %,d FRAUD. The model flags (REVIEW/DECLINE) as the scoring service "
                        + "does for a tenant with the card's default alert budget: each event type's REVIEW threshold, the "
                        + "card's global thresholds (review %.4f, decline %.4f) around it; rules alone and model + rules use the ACTIVE rules only, as the "
                        + "scoring service does; SHADOW rules are listed with their hits but never decide.%n%n", b.events(),
                b.fraud(), b.modelThresholds().review(), b.modelThresholds().decline()));
        md.append("| rule | status | action | hits | FRAUD hits | precision | recall | hits the model flags | FRAUD the model misses |\n");
        md.append("|---|---|---|---:|---:|---:|---:|---:|---:|\n");
        for (RuleBacktest.RuleStats r : b.result().rules()) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %,d | %,d | %s | %s | %,d | %,d |%n", r.id(), r.status(),
                    r.action(), r.hits(), r.fraudHits(), DecisionComparisonTable.pct(r.precision()),
                    DecisionComparisonTable.pct(r.recall()), r.flaggedByModel(), r.fraudMissedByModel()));
        }
        if (b.result().failedEvaluations() > 0) {
            md.append(String.format(Locale.ROOT, "%n%,d rule evaluations failed at run time (counted as not fired).%n",
                    b.result().failedEvaluations()));
        }
        md.append('\n').append(new DecisionComparisonTable().markdown(b.result().decisions()));
        return md.toString();
    }
}
