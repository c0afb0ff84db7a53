package io.github.idfraud.trainer.command;

import io.github.idfraud.models.ModelMetrics;
import io.github.idfraud.trainer.evaluation.Backtest;
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
                + "writes predictions.csv (tenant,eventId,score,label), metrics.json and PNG plots into DIR.")
public final class BacktestCommand implements Callable<Integer> {

    @Option(names = "--model", required = true, paramLabel = "FILE", description = "model.tribuo to score with")
    Path model;

    @Mixin
    ScoredPeriodOptions scored;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output directory")
    Path out;

    @Mixin
    ReviewCapacityOption review;

    @Mixin
    RedisOption redis;

    @Override
    public Integer call() throws Exception {
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
        return 0;
    }
}
