package io.github.idfraud.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.idfraud.contract.EventLogLine;
import io.github.idfraud.contract.EventLogReader;
import io.github.idfraud.contract.EventLogWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Prints how fast a log is generated and written; speed depends on the machine, so nothing is asserted on it. */
class GenerationSpeedTests {

    @TempDir
    Path dir;

    @Test
    void writesALogFileAndReportsEventsPerSecond() throws IOException {
        SimulationConfig config = SimulationConfig.defaults(3, 30, 4_000);
        new Simulator(SimulationConfig.defaults(4, 5, 1_000)).run(line -> { }); // warm-up
        Path file = dir.resolve("speed.jsonl");

        long began = System.nanoTime();
        SimulationSummary summary;
        try (EventLogWriter writer = EventLogWriter.create(file)) {
            summary = new Simulator(config).run(writer::write);
        }
        double seconds = (System.nanoTime() - began) / 1e9;

        System.out.printf("simulator: %d events + %d labels written in %.2f s = %.0f events/s%n",
                summary.events(), summary.labels(), seconds, summary.events() / seconds);
        try (var lines = Files.lines(file)) {
            assertThat(lines.count()).isEqualTo(summary.events() + summary.labels());
        }
    }

    @Test
    void contractWriterAndReaderRoundTripTheLog() throws IOException {
        // every scenario and both label values, so every block and field of the contract is written and read back
        List<EventLogLine> lines = SimulatedLog.fraudHeavy().lines();
        Path file = dir.resolve("round-trip.jsonl");
        try (EventLogWriter writer = EventLogWriter.create(file)) {
            lines.forEach(writer::write);
        }

        try (var read = new EventLogReader().lines(file)) {
            assertThat(read.toList()).isEqualTo(lines);
        }
        assertThat(Files.readString(file)).doesNotContain("\"event\":true").contains("\"eventId\":\"sim-77-1\"");
    }
}
