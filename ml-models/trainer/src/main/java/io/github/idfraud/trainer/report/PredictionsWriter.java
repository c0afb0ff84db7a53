package io.github.idfraud.trainer.report;

import io.github.idfraud.trainer.replay.ReplayedEvent;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes {@code predictions-test.csv}: {@code tenant,eventId,score,label} for every test-period event. */
public final class PredictionsWriter {

    public void write(Path file, List<ReplayedEvent> test, double[] scores) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("tenant,eventId,score,label\n");
            for (int i = 0; i < test.size(); i++) {
                ReplayedEvent e = test.get(i);
                out.write(csv(e.tenant()) + ',' + csv(e.eventId()) + ',' + scores[i] + ',' + (e.fraud() ? "FRAUD" : "LEGIT") + '\n');
            }
        }
    }

    private static String csv(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
