package io.github.idfraud.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.idfraud.contract.EventLogWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class DeterminismTests {

    private static final SimulationConfig SMALL = SimulationConfig.defaults(11, 20, 800);

    @Test
    void sameSeedAndConfigGiveByteIdenticalOutput() {
        String first = digest(SMALL);
        String second = digest(SMALL);

        assertThat(second).isEqualTo(first);
    }

    @Test
    void sameSeedAndConfigGiveTheSameGroundTruth() {
        assertThat(SimulatedLog.run(SMALL).summary()).isEqualTo(SimulatedLog.run(SMALL).summary());
    }

    @Test
    void differentSeedsGiveDifferentOutput() {
        assertThat(digest(SMALL.withSeed(12))).isNotEqualTo(digest(SMALL));
    }

    @Test
    void eventIdsCountUpThroughTheLogAndCarryTheSeed() {
        var events = SimulatedLog.of(SMALL).events();

        for (int i = 0; i < events.size(); i++) {
            assertThat(events.get(i).event().eventId()).isEqualTo("sim-11-" + (i + 1));
        }
    }

    @Test
    void summaryCountsWhatWasWritten() {
        SimulatedLog log = SimulatedLog.of(SMALL);

        assertThat(log.summary().events()).isEqualTo(log.events().size());
        assertThat(log.summary().labels()).isEqualTo(log.labels().size());
        assertThat(log.summary().eventsByType().values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(log.summary().events());
        assertThat(log.summary().eventsByScenario().get("legit") + log.summary().fraudEvents())
                .isEqualTo(log.summary().accountEvents())
                .isEqualTo(log.summary().events() - log.profiles().size());
        assertThat(log.summary().profilesByScenario().values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(log.profiles().size());
    }

    /** SHA-256 of the log exactly as {@link EventLogWriter} writes it to a file. */
    private static String digest(SimulationConfig config) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            var bytes = new DigestOutputStream(OutputStream.nullOutputStream(), sha);
            try (var writer = new EventLogWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8))) {
                new Simulator(config).run(writer::write);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
