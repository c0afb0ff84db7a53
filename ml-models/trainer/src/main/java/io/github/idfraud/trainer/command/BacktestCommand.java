package io.github.idfraud.trainer.command;

import io.github.idfraud.models.ModelCard;
import io.github.idfraud.models.ModelMetrics;
import io.github.idfraud.rules.CompiledRuleSet;
import io.github.idfraud.rules.RuleCompiler;
import io.github.idfraud.rules.RuleSetJson;
import io.github.idfraud.trainer.evaluation.RuleBacktest;
import io.github.idfraud.trainer.report.ModelCardWriter;
import io.github.idfraud.trainer.report.RuleBacktestReport;
import io.github.idfraud.trainer.evaluation.Backtest;
import io.github.idfraud.trainer.evaluation.ModelPolicy;
import io.github.idfraud.trainer.model.ModelFile;
import io.github.idfraud.trainer.replay.ReplayedEvent;
import io.github.idfraud.trainer.report.BacktestReport;
import io.github.idfraud.trainer.report.MetricsTable;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code trainer backtest}: score one period of a log with a given model. */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = "Replay an event log through the feature engine and score the events of one period with a model: "
                + "writes predictions.csv (tenant,eventId,score,label), metrics.json and PNG plots into DIR. With --rules, "
                + "also judges a rule set on the same events: per rule hits, precision, recall and overlap with the model, "
                + "and model alone / rules alone / model + rules per scenario (rules-backtest.md and .json).")
public final class BacktestCommand implements Callable<Integer> {

    @Option(names = "--model", required = true, paramLabel = "FILE", description = "model.tribuo to score with")
    Path model;

    @Mixin
    ScoredPeriodOptions scored;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output directory")
    Path out;

    @Option(names = "--rules", paramLabel = "FILE", description = "a rule set (JSON, as the admin API takes it) to backtest "
            + "beside the model, e.g. ml-models/rules/src/main/resources/rules/default-rules.json")
    Path rules;

    @Option(names = "--card", paramLabel = "FILE", description = "model card with the decision thresholds of the model "
            + "(default: model-card.json beside --model)")
    Path card;

    @Mixin
    ReviewCapacityOption review;

    @Mixin
    RedisOption redis;

    @Override
    public Integer call() throws Exception {
        // Checked before the replay: a bad rule file fails in a second, not after minutes of replay.
        CompiledRuleSet compiledRules = rules == null ? null : new RuleCompiler().compile(RuleSetJson.read(rules));
        ModelCard modelCard = rules == null ? null : modelCard();
        Model<Label> loaded = ModelFile.load(model);
        String name = model.getFileName().toString();
        Backtest.Result result = new Backtest(System.out, redis.url, review.capacity)
                .run(scored.log, scored.period(), Map.of(name, loaded));
        new BacktestReport().write(out, model, loaded, scored.log, result, name);
        ModelMetrics m = result.metrics().get(name);
        System.out.printf(java.util.Locale.ROOT, "%nbacktest of %s on %s: %,d events, %,d FRAUD%n", model, result.period(),
                result.events().size(), ReplayedEvent.countFraud(result.events()));
        new MetricsTable(System.out, "metric", "model").print(m);
        System.out.println("  wrote " + BacktestReport.files() + " into " + out.toAbsolutePath().normalize());
        if (compiledRules != null) {
            RuleBacktest.Result judged = new RuleBacktest().run(result.events(), result.scores().get(name),
                    ModelPolicy.of(modelCard), compiledRules);
            String markdown = new RuleBacktestReport().write(out, new RuleBacktestReport.RulesBacktest(rules.toString(),
                    model.toString(), result.period(), result.events().size(), ReplayedEvent.countFraud(result.events()),
                    modelCard.thresholds(), judged));
            System.out.println();
            System.out.println(markdown);
            System.out.println("  wrote " + RuleBacktestReport.MARKDOWN + " and " + RuleBacktestReport.JSON + " into "
                    + out.toAbsolutePath().normalize());
        }
        return 0;
    }

    private ModelCard modelCard() throws java.io.IOException {
        Path file = card != null ? card : model.toAbsolutePath().resolveSibling("model-card.json");
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no model card at " + file + ": --rules needs the model's decision thresholds; "
                    + "give --card FILE");
        }
        ModelCard read = new ModelCardWriter().read(file);
        if (read.thresholds() == null) {
            throw new IllegalArgumentException(file + " has no decision thresholds");
        }
        return read;
    }
}
