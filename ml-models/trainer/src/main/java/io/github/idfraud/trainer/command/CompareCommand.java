package io.github.idfraud.trainer.command;

import io.github.idfraud.trainer.evaluation.Backtest;
import io.github.idfraud.trainer.model.ModelFile;
import io.github.idfraud.trainer.plot.PlotWriter;
import io.github.idfraud.trainer.replay.ReplayedEvent;
import io.github.idfraud.trainer.report.BacktestReport;
import io.github.idfraud.trainer.report.MetricsTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code trainer compare}: backtest the champion and a challenger on the same replay and print their metrics side
 * by side. The case service exports labels as event-log lines, so recent traffic plus its labels is a valid log.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Replay an event log once and score one period with the champion and a challenger model; print "
                + "their metrics side by side (optionally write both backtests and shared plots into --out DIR).")
public final class CompareCommand implements Callable<Integer> {

    static final String CHAMPION = "champion";
    static final String CHALLENGER = "challenger";

    @Option(names = "--champion", required = true, paramLabel = "FILE", description = "model.tribuo in production")
    Path champion;

    @Option(names = "--challenger", required = true, paramLabel = "FILE", description = "model.tribuo that may replace it")
    Path challenger;

    @Mixin
    ScoredPeriodOptions scored;

    @Option(names = "--out", paramLabel = "DIR", description = "also write champion/ and challenger/ backtests and plots here")
    Path out;

    @Mixin
    ReviewCapacityOption review;

    @Mixin
    RedisOption redis;

    @Override
    public Integer call() throws Exception {
        Map<String, Model<Label>> models = new LinkedHashMap<>();
        models.put(CHAMPION, ModelFile.load(champion));
        models.put(CHALLENGER, ModelFile.load(challenger));
        Backtest.Result result = new Backtest(System.out, redis.url, review.capacity).run(scored.log, scored.period(), models);
        System.out.printf(java.util.Locale.ROOT, "%nchampion   %s%nchallenger %s%n%s: %,d events, %,d FRAUD%n", champion,
                challenger, result.period(), result.events().size(), ReplayedEvent.countFraud(result.events()));
        new MetricsTable(System.out, "metric", CHAMPION, CHALLENGER)
                .print(result.metrics().get(CHAMPION), result.metrics().get(CHALLENGER));
        if (out != null) {
            BacktestReport report = new BacktestReport();
            report.write(out.resolve(CHAMPION), champion, models.get(CHAMPION), scored.log, result, CHAMPION);
            report.write(out.resolve(CHALLENGER), challenger, models.get(CHALLENGER), scored.log, result, CHALLENGER);
            Files.createDirectories(out);
            new PlotWriter().write(out, "backtest " + result.period(), ReplayedEvent.fraudFlags(result.events()), result.scores(),
                    List.of());
            System.out.println("  wrote champion/, challenger/ and the shared plots into " + out.toAbsolutePath().normalize());
        }
        return 0;
    }
}
