package io.github.idfraud.trainer.training;

import io.github.idfraud.models.DayRange;
import io.github.idfraud.trainer.replay.EventKey;
import io.github.idfraud.trainer.replay.Periods;
import io.github.idfraud.trainer.replay.ReplayResult;
import io.github.idfraud.trainer.replay.ReplayedEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * The replayed events arranged for one training run.
 *
 * @param fit          what the search candidates train on
 * @param selection    what scores the candidates: the validation period, else the hold-out days of training (empty
 *                     when the training period has a single day)
 * @param refit        what the chosen setting trains on again, or null when the chosen candidate is released as is
 * @param calibration  what the decision thresholds are calibrated on: the validation period, else the test period
 * @param selectionName and {@code calibrationName}: those event sets in words, for the console and the card
 */
record TrainingSets(List<ReplayedEvent> fit, List<ReplayedEvent> selection, List<ReplayedEvent> refit,
                    List<ReplayedEvent> test, List<ReplayedEvent> calibration, String selectionName,
                    String calibrationName) {

    static TrainingSets of(ReplayResult replay, Periods periods, TrainingSample sample) {
        String testName = "test period " + periods.test();
        if (periods.hasValidation()) {
            String validName = "validation period " + periods.valid();
            return new TrainingSets(replay.train(), replay.valid(), null, replay.test(), replay.valid(), validName, validName);
        }
        DayRange holdout = periods.holdout();
        if (holdout == null) {
            return new TrainingSets(replay.train(), List.of(), null, replay.test(), replay.test(), "nothing", testName);
        }
        List<ReplayedEvent> fit = new ArrayList<>();
        List<ReplayedEvent> held = new ArrayList<>();
        List<ReplayedEvent> refit = new ArrayList<>();
        for (ReplayedEvent e : replay.train()) {
            boolean inHoldout = holdout.contains(e.occurredAt());
            (inHoldout ? held : fit).add(e);
            // The hold-out days were kept in full for scoring; the refit samples them like every other training day.
            if (!inHoldout || sample.keeps(new EventKey(e.tenant(), e.eventId()), e.fraud())) {
                refit.add(e);
            }
        }
        return new TrainingSets(fit, held, refit, replay.test(), replay.test(),
                "hold-out training days " + holdout + " (no validation period)", testName);
    }

    /** The events the released model is trained on. */
    List<ReplayedEvent> finalTraining() {
        return refit != null ? refit : fit;
    }
}
