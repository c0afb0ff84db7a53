package io.github.idfraud.trainer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code trainer train}: replay a log, train and evaluate, write the model artefacts into a directory. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Replay an event log through the feature engine, train XGBoost and a logistic-regression "
                + "baseline, evaluate on the test period and write model.tribuo, baseline.tribuo, model-card.json, "
                + "model-card.md and predictions-test.csv.")
final class TrainCommand implements Callable<Integer> {

    @Option(names = "--log", required = true, paramLabel = "FILE", description = "event log (JSON Lines)")
    Path log;

    @Option(names = "--train-from", required = true, paramLabel = "DATE", description = "first training day (UTC)")
    LocalDate trainFrom;

    @Option(names = "--train-to", required = true, paramLabel = "DATE", description = "last training day (UTC, inclusive)")
    LocalDate trainTo;

    @Option(names = "--test-from", required = true, paramLabel = "DATE", description = "first test day (UTC)")
    LocalDate testFrom;

    @Option(names = "--test-to", required = true, paramLabel = "DATE", description = "last test day (UTC, inclusive)")
    LocalDate testTo;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output directory")
    Path out;

    @Option(names = "--seed", defaultValue = "42", description = "seed of the trainers (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--trees", defaultValue = "150", description = "XGBoost trees (default ${DEFAULT-VALUE})")
    int trees;

    @Mixin
    RedisOption redis;

    @Override
    public Integer call() throws Exception {
        Periods periods = new Periods(new DayRange(trainFrom, trainTo), new DayRange(testFrom, testTo));
        new TrainingRun(System.out, TrainingSettings.defaults(seed).withTrees(trees)).run(log, periods, out, redis.url);
        return 0;
    }
}
