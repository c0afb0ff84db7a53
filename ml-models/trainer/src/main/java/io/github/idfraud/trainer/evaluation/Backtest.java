package io.github.idfraud.trainer.evaluation;

import io.github.idfraud.models.DayRange;
import io.github.idfraud.models.ModelMetrics;
import io.github.idfraud.trainer.model.Scorer;
import io.github.idfraud.trainer.replay.EventSelection;
import io.github.idfraud.trainer.replay.ReplayResult;
import io.github.idfraud.trainer.replay.ReplayStage;
import io.github.idfraud.trainer.replay.ReplayedEvent;
import io.github.idfraud.trainer.replay.StageLog;
import io.github.idfraud.trainer.replay.TargetCollector;
import io.github.idfraud.trainer.replay.Targets;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/**
 * Replays a log once through the feature engine and scores one period's events with one or more models, so
 * that a champion and a challenger are judged on exactly the same features and labels. The kept events carry their
 * rule-visible fields, so tenant rules can be judged on the same replay ({@link RuleBacktest}).
 */
public final class Backtest {

    private final PrintStream out;
    private final String redisUrl;
    private final int reviewCapacity;

    public Backtest(PrintStream out, String redisUrl, int reviewCapacity) {
        this.out = out;
        this.redisUrl = redisUrl;
        this.reviewCapacity = reviewCapacity;
    }

    /**
     * @param scores  per model name, in the order given
     * @param metrics per model name, rounded
     */
    public record Result(DayRange period, List<ReplayedEvent> events, ReplayResult replay, Map<String, double[]> scores,
                  Map<String, ModelMetrics> metrics) {
    }

    public Result run(Path log, DayRange period, Map<String, Model<Label>> models) throws IOException {
        StageLog stages = new StageLog(out, 3);
        stages.begin("collecting targets from " + log);
        Targets targets = new TargetCollector(out).collect(log);
        out.printf("  %,d events (%s..%s), %,d labels%n", targets.events(), targets.firstEventDay(), targets.lastEventDay(),
                targets.labels());
        targets.requireEventsIn(period, "backtest period");
        stages.begin("replaying the log through the feature engine, keeping " + period);
        ReplayResult replay = new ReplayStage(out, redisUrl).run(log, targets, EventSelection.period(period), period.to(), true);
        List<ReplayedEvent> events = replay.test();
        stages.begin(String.format("scoring %,d events (%,d FRAUD) with %s", events.size(), ReplayedEvent.countFraud(events),
                String.join(" and ", models.keySet())));
        Scorer scorer = new Scorer();
        Evaluation evaluation = new Evaluation(reviewCapacity);
        Map<String, double[]> scores = new LinkedHashMap<>();
        Map<String, ModelMetrics> metrics = new LinkedHashMap<>();
        models.forEach((name, model) -> {
            double[] s = scorer.fraudScores(model, events);
            scores.put(name, s);
            metrics.put(name, evaluation.evaluate(events, s).rounded());
        });
        stages.end();
        return new Result(period, events, replay, scores, metrics);
    }
}
