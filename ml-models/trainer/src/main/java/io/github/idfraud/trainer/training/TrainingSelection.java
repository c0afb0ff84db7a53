package io.github.idfraud.trainer.training;

import io.github.idfraud.models.DayRange;
import io.github.idfraud.trainer.replay.EventKey;
import io.github.idfraud.trainer.replay.EventSelection;
import io.github.idfraud.trainer.replay.Periods;
import java.time.Instant;

/**
 * What a training replay keeps: sampled training events, and every validation and test event. Without a
 * validation period the hold-out days at the end of training are kept in full, because they score the
 * hyperparameter candidates; the refit samples them later with the same rule.
 */
public final class TrainingSelection implements EventSelection {

    private final Periods periods;
    private final TrainingSample sample;
    private final DayRange keptInFull;

    public TrainingSelection(Periods periods, TrainingSample sample) {
        this.periods = periods;
        this.sample = sample;
        this.keptInFull = periods.hasValidation() ? null : periods.holdout();
    }

    @Override
    public Periods.Split select(EventKey key, Instant occurredAt, boolean fraud) {
        Periods.Split split = periods.splitOf(occurredAt).orElse(null);
        if (split != Periods.Split.TRAIN || sample.keeps(key, fraud) || (keptInFull != null && keptInFull.contains(occurredAt))) {
            return split;
        }
        return null;
    }
}
