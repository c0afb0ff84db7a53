package io.github.idfraud.loadgen.load;

import io.github.idfraud.harness.Answer;
import io.github.idfraud.harness.AnswerListener;
import io.github.idfraud.harness.ScoringAnswer;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts the decisions of a run's 2xx scoring answers and the degraded ones (scored without the feature windows).
 * Runs on the sender's event loop; read it after the run.
 */
final class DecisionTally implements AnswerListener {

    private final Map<String, Long> decisions = new HashMap<>();
    private long degraded;

    @Override
    public void answered(int index, Answer answer) {
        if (!answer.ok()) {
            return;
        }
        ScoringAnswer.decision(answer.body()).ifPresent(d -> decisions.merge(d, 1L, Long::sum));
        if (ScoringAnswer.degraded(answer.body())) {
            degraded++;
        }
    }

    Map<String, Long> decisions() {
        return new TreeMap<>(decisions);
    }

    long degraded() {
        return degraded;
    }
}
