package io.github.idfraud.trainer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.idfraud.contract.EventLogLine;
import io.github.idfraud.contract.EventLogReader;
import io.github.idfraud.trainer.replay.TargetCollector;
import io.github.idfraud.trainer.replay.Targets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainerCliTests {

    @TempDir
    Path dir;

    @Test
    void simulateWritesALogThatTheContractReaderReadsBack() throws Exception {
        Path log = dir.resolve("sim.jsonl");
        int exit = TrainerCli.commandLine().execute("simulate", "--seed", "3", "--days", "4", "--identities", "60",
                "--out", log.toString());
        assertThat(exit).isZero();
        List<EventLogLine> lines;
        try (Stream<EventLogLine> stream = new EventLogReader().lines(log)) {
            lines = stream.toList();
        }
        assertThat(lines).isNotEmpty().allSatisfy(l -> assertThat(l.event() != null || l.label() != null).isTrue());
        assertThat(lines.get(0).event().eventId()).isNotBlank();
        Targets targets = new TargetCollector().collect(log);
        assertThat(targets.events()).isEqualTo(lines.stream().filter(EventLogLine::isEvent).count());
    }

    @Test
    void trainRefusesATestPeriodThatDoesNotFollowTraining() {
        int exit = TrainerCli.commandLine().execute("train", "--log", dir.resolve("none.jsonl").toString(),
                "--train-from", "2026-10-10", "--train-to", "2026-10-20", "--test-from", "2026-10-15", "--test-to", "2026-10-25",
                "--out", dir.toString());
        assertThat(exit).isEqualTo(1);
    }
}
