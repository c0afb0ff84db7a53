package io.github.idfraud.trainer.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.idfraud.contract.ContractJson;
import io.github.idfraud.models.DayRange;
import io.github.idfraud.models.ModelMetrics;
import io.github.idfraud.trainer.evaluation.Backtest;
import io.github.idfraud.trainer.model.FeatureImportances;
import io.github.idfraud.trainer.model.ProvenanceSummary;
import io.github.idfraud.trainer.plot.PlotWriter;
import io.github.idfraud.trainer.replay.ReplayedEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/** Writes one model's backtest into a directory: {@code predictions.csv}, {@code metrics.json} and the plots. */
public final class BacktestReport {

    static final String PREDICTIONS = "predictions.csv";
    static final String METRICS = "metrics.json";

    private final ObjectMapper json = ContractJson.newMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** What {@code metrics.json} holds. */
    public record BacktestMetrics(String model, String provenance, DayRange period, long events, long fraud, String log,
                           double replayEventsPerSecond, ModelMetrics metrics, Map<String, String> plots) {
    }

    public BacktestMetrics write(Path dir, Path modelFile, Model<Label> model, Path log, Backtest.Result result, String name)
            throws IOException {
        Files.createDirectories(dir);
        double[] scores = result.scores().get(name);
        new PredictionsWriter().write(dir.resolve(PREDICTIONS), result.events(), scores);
        Map<String, String> plots = new PlotWriter().write(dir, "backtest " + result.period(),
                ReplayedEvent.fraudFlags(result.events()), Map.of(name, scores), FeatureImportances.of(model));
        BacktestMetrics metrics = new BacktestMetrics(modelFile.toString(), ProvenanceSummary.of(model), result.period(),
                result.events().size(), ReplayedEvent.countFraud(result.events()), log.getFileName().toString(),
                Math.round(result.replay().eventsPerSecond()), result.metrics().get(name), plots);
        Files.writeString(dir.resolve(METRICS), json.writeValueAsString(metrics) + "\n");
        return metrics;
    }

    public BacktestMetrics read(Path file) throws IOException {
        return json.readValue(file.toFile(), BacktestMetrics.class);
    }

    public static List<String> files() {
        return List.of(PREDICTIONS, METRICS, PlotWriter.ROC, PlotWriter.PRECISION_RECALL, PlotWriter.SCORE_DISTRIBUTION);
    }
}
