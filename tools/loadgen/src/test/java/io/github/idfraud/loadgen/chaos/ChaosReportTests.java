package io.github.idfraud.loadgen.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ChaosReportTests {

    private static final ChaosSettings SETTINGS = new ChaosSettings("full", 500, 45, 40, 10, Duration.ofSeconds(10),
            Duration.ofSeconds(60), Duration.ofSeconds(180), Duration.ofSeconds(2), Duration.ofSeconds(10),
            "127.0.0.1:5432", "postgres", "", List.of("true"), 1, List.of(Fault.values()), false, 17100);

    @Test
    void aWholePhaseShowsZerosAndABrokenOneSaysWhatWasLost() {
        PhaseResult whole = new PhaseResult(Fault.REDIS_STOPPED, Fault.REDIS_STOPPED.describe(SETTINGS), 20_000,
                Map.of(), 5_000, 3.25, new int[] {0, 2_500, 2_500}, 0, 5_000, 0, 0.4, Map.of(),
                300, 290, 280, 280, 20, 30, 900, 900,
                Map.of("notes", 0L), Map.of("e-mails received twice", 0L), null);
        PhaseResult broken = new PhaseResult(Fault.SMTP_DOWN, Fault.SMTP_DOWN.describe(SETTINGS), 20_000,
                new TreeMap<>(Map.of("503", 12L, "connection refused", 3L)), 0, null, new int[] {15}, 15, 15, 0,
                Double.POSITIVE_INFINITY, Map.of("503", 2L), 300, 290,
                280, 270, 20, 30, 899, 900, Map.of("e-mails not sent", 10L),
                Map.of("e-mails received twice", 2L, "repeats answered differently", 1L), null);

        String table = ChaosReport.render(SETTINGS, List.of(whole, broken), "bench-results/chaos.json", "2026-12-03");

        assertThat(table).contains("| Redis stopped 10 s, restarted | 20,000 | none | 5,000 (3.3) | 5,000 | 0.4 s | 0 "
                + "| none | 300 "
                + "| 290 | 280 / 280 | 20 | 30 | 900 / 900 | **0** | **0** |");
        assertThat(table).contains("| SMTP server down 60 s | 20,000 | 503: 12, connection refused: 3 | 0 | 15 "
                + "| not recovered | 15 | 503: 2 |");
        assertThat(table).contains("| **10** (e-mails not sent 10) |");
        assertThat(table).contains("**3** (");
        assertThat(table).contains("e-mails received twice 2").contains("repeats answered differently 1");
    }
}
