package io.github.idfraud.loadgen.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MeasuredAloneTests {

    @Test
    void aPhaseRunAloneIsSaidOnceWithItsLatestTimeAndTheFullRunsNotesStay() {
        SuiteResults full = SampleResults.full();

        SuiteResults once = full.measuredAlone("cases", Instant.parse("2026-12-04T11:10:00Z"));
        SuiteResults twice = once.measuredAlone("burst", Instant.parse("2026-12-04T11:12:00Z"))
                .measuredAlone("cases", Instant.parse("2026-12-04T11:20:00Z"));

        assertThat(twice.notes()).containsAll(full.notes());
        assertThat(twice.notes()).filteredOn(note -> note.contains("--only cases"))
                .containsExactly("The cases figures are from `./bench --only cases` of 2026-12-04 11:20 UTC, after "
                        + "this full run.");
        assertThat(twice.notes()).filteredOn(note -> note.contains("--only burst")).hasSize(1);
        assertThat(MarkdownReport.render(twice, "bench-results/results.json"))
                .contains("`./bench --only cases` of 2026-12-04 11:20 UTC");
    }
}
