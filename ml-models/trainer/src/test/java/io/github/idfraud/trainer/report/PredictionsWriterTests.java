package io.github.idfraud.trainer.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.idfraud.trainer.Events;
import io.github.idfraud.trainer.replay.ReplayedEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PredictionsWriterTests {

    @TempDir
    Path dir;

    private final List<ReplayedEvent> events = List.of(
            Events.scored("bank-a", "sim-7-1", 1, "c:1", "legit", false),
            Events.scored("bank-a", "sim-7-2", 1, "c:1", "account_takeover", true),
            Events.scored("bank b", "id,with\"comma", 2, "c:2", null, false));
    private final double[] scores = {0.125, 0.9876543210123, 1.0E-5};

    @Test
    void writesOneQuotedWhereNeededLinePerEventUnderAHeader() throws Exception {
        Path file = dir.resolve("predictions.csv");

        new PredictionsWriter().write(file, events, scores);

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("""
                tenant,eventId,score,label
                bank-a,sim-7-1,0.125,LEGIT
                bank-a,sim-7-2,0.9876543210123,FRAUD
                bank b,"id,with""comma",1.0E-5,LEGIT
                """);
    }

    @Test
    void readsBackAsTheRowsWritten() throws Exception {
        Path file = dir.resolve("predictions.csv");
        new PredictionsWriter().write(file, events, scores);

        List<PredictionsWriter.Row> rows = PredictionsWriter.CSV.readerFor(PredictionsWriter.Row.class)
                .with(PredictionsWriter.SCHEMA).<PredictionsWriter.Row>readValues(file.toFile()).readAll();

        assertThat(rows).containsExactly(
                new PredictionsWriter.Row("bank-a", "sim-7-1", 0.125, "LEGIT"),
                new PredictionsWriter.Row("bank-a", "sim-7-2", 0.9876543210123, "FRAUD"),
                new PredictionsWriter.Row("bank b", "id,with\"comma", 1.0E-5, "LEGIT"));
    }

    @Test
    void aPeriodWithoutEventsStillHasTheHeader() throws Exception {
        Path file = dir.resolve("predictions.csv");

        new PredictionsWriter().write(file, List.of(), new double[0]);

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("tenant,eventId,score,label\n");
    }
}
