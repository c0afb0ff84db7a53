package io.github.idfraud.trainer.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.idfraud.trainer.replay.ReplayedEvent;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes {@code predictions-test.csv}: {@code tenant,eventId,score,label} for every test-period event. */
public final class PredictionsWriter {

    // Strict quoting: a value is quoted only when it holds a comma, a quote or a line break.
    static final CsvMapper CSV = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
    static final CsvSchema SCHEMA = CSV.schemaFor(Row.class).withHeader();

    /** One line of the file; {@code label} is FRAUD or LEGIT, the event's target. */
    @JsonPropertyOrder({"tenant", "eventId", "score", "label"})
    record Row(String tenant, String eventId, double score, String label) {
    }

    public void write(Path file, List<ReplayedEvent> test, double[] scores) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             SequenceWriter rows = CSV.writer(SCHEMA).writeValues(out)) {
            for (int i = 0; i < test.size(); i++) {
                ReplayedEvent e = test.get(i);
                rows.write(new Row(e.tenant(), e.eventId(), scores[i], e.fraud() ? "FRAUD" : "LEGIT"));
            }
        }
    }
}
