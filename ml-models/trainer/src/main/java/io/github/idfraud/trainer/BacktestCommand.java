package io.github.idfraud.trainer;

import java.nio.file.Path;
import java.time.LocalDate;
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
final class BacktestCommand implements Callable<Integer> {

    @Option(names = "--model", required = true, paramLabel = "FILE", description = "model.tribuo to score with")
    Path model;

    @Option(names = "--log", required = true, paramLabel = "FILE", description = "event log (JSON Lines), labels included")
    Path log;

    @Option(names = "--from", required = true, paramLabel = "DATE", description = "first day scored (UTC)")
    LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "DATE", description = "last day scored (UTC, inclusive)")
    LocalDate to;

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
                .run(log, new DayRange(from, to), Map.of(name, loaded));
        new BacktestReport().write(out, model, loaded, log, result, name);
        ModelMetrics m = result.metrics().get(name);
        System.out.printf(java.util.Locale.ROOT, "%nbacktest of %s on %s: %,d events, %,d FRAUD%n", model, result.period(),
                result.events().size(), ReplayedEvent.countFraud(result.events()));
        new MetricsTable(System.out, "metric", "model").print(m);
        System.out.println("  wrote " + BacktestReport.files() + " into " + out.toAbsolutePath().normalize());
        return 0;
    }
}
