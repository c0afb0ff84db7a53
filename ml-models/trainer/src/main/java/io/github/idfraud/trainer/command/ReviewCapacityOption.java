package io.github.idfraud.trainer.command;

import io.github.idfraud.trainer.training.TrainingSettings;
import picocli.CommandLine.Option;

/** The {@code --review-capacity} option of the commands that compute precision at k. */
final class ReviewCapacityOption {

    @Option(names = "--review-capacity", paramLabel = "K", defaultValue = "" + TrainingSettings.DEFAULT_REVIEW_CAPACITY,
            description = "customers analysts review per day: k of precision at k (default ${DEFAULT-VALUE})")
    int capacity;
}
