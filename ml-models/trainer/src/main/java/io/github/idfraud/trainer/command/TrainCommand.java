package io.github.idfraud.trainer.command;

import io.github.idfraud.models.DayRange;
import io.github.idfraud.trainer.replay.Periods;
import io.github.idfraud.trainer.training.TrainingRun;
import io.github.idfraud.trainer.training.TrainingSettings;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code trainer train}: replay a log, search, train and evaluate, write the model artefacts into a directory. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Replay an event log through the feature engine, search XGBoost hyperparameters on the validation "
                + "period (or the last training days), train a logistic-regression baseline, evaluate both on the test "
                + "period and write model.tribuo, baseline.tribuo, model-card.json, model-card.md, predictions-test.csv "
                + "and PNG plots.")
public final class TrainCommand implements Callable<Integer> {

    @Option(names = "--log", required = true, paramLabel = "FILE", description = "event log (JSON Lines)")
    Path log;

    @Option(names = "--train-from", required = true, paramLabel = "DATE", description = "first training day (UTC)")
    LocalDate trainFrom;

    @Option(names = "--train-to", required = true, paramLabel = "DATE", description = "last training day (UTC, inclusive)")
    LocalDate trainTo;

    @Option(names = "--valid-from", paramLabel = "DATE",
            description = "first validation day (UTC): selects hyperparameters and calibrates thresholds; optional")
    LocalDate validFrom;

    @Option(names = "--valid-to", paramLabel = "DATE", description = "last validation day (UTC, inclusive)")
    LocalDate validTo;

    @Option(names = "--test-from", required = true, paramLabel = "DATE", description = "first test day (UTC)")
    LocalDate testFrom;

    @Option(names = "--test-to", required = true, paramLabel = "DATE", description = "last test day (UTC, inclusive)")
    LocalDate testTo;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output directory")
    Path out;

    @Option(names = "--seed", defaultValue = "42", description = "seed of the trainers and the sampling (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--candidates", paramLabel = "N",
            description = "try only the first N settings of the search grid (default: the whole grid; 1 = no search)")
    Integer candidates;

    @Option(names = "--trees", paramLabel = "N", description = "XGBoost trees of every candidate (default: the grid's own)")
    Integer trees;

    @Option(names = "--max-train-events", paramLabel = "N", defaultValue = "" + TrainingSettings.DEFAULT_MAX_TRAIN_EVENTS,
            description = "sample LEGIT training events down to about N events in all (default ${DEFAULT-VALUE})")
    long maxTrainEvents;

    @Option(names = "--unseen-log", paramLabel = "FILE",
            description = "a log from another world (other seed AND other parameters, e.g. simulate --world meadow "
                    + "--seed 7): the card reports per scenario family what the model catches there over the test days")
    Path unseenLog;

    @Mixin
    ReviewCapacityOption review;

    @Mixin
    RedisOption redis;

    @Override
    public Integer call() throws Exception {
        if ((validFrom == null) != (validTo == null)) {
            throw new IllegalArgumentException("give both --valid-from and --valid-to, or neither");
        }
        DayRange valid = validFrom == null ? null : new DayRange(validFrom, validTo);
        Periods periods = new Periods(new DayRange(trainFrom, trainTo), valid, new DayRange(testFrom, testTo));
        TrainingSettings settings = TrainingSettings.defaults(seed).withMaxTrainEvents(maxTrainEvents)
                .withReviewCapacity(review.capacity);
        if (candidates != null) {
            settings = settings.withFirstCandidates(candidates);
        }
        if (trees != null) {
            settings = settings.withTrees(trees);
        }
        TrainingRun.UnseenWorld unseen = unseenLog == null ? null
                : new TrainingRun.UnseenWorld(unseenLog, unseenLog.getFileName().toString());
        new TrainingRun(System.out, settings).run(log, log.getFileName().toString(), periods, out, redis.url, unseen);
        return 0;
    }
}
