package io.github.idfraud.loadgen.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterComparisonTests {

    @Test
    void aClusterRunGoesToItsOwnFileAndHistoryAndLeavesTheSingleRedisResultsAlone(@TempDir Path dir) throws Exception {
        ResultsWriter writer = new ResultsWriter();
        writer.write(SampleResults.full(), dir);

        Path written = writer.write(SampleResults.onCluster(), dir);

        assertThat(written.getFileName().toString()).isEqualTo("results-cluster.json");
        assertThat(dir.resolve("history").resolve("20261128T130000Z-full-cluster.json")).exists();
        assertThat(writer.read(dir.resolve("results.json")).settings().onCluster()).isFalse();
        assertThat(writer.read(written).settings().onCluster()).isTrue();
    }

    @Test
    void theTablePutsEachMeasureOfBothRunsSideBySide() {
        String md = ClusterComparison.render(SampleResults.full(), "bench-results/results.json",
                SampleResults.onCluster(), "bench-results/results-cluster.json", "../");

        assertThat(md).contains("| p50 / p99 at 1,000 events/s | 1.25 / 7.75 ms | 1.25 / 10.33 ms |");
        assertThat(md).contains("| p50 / p99 at 2,000 events/s | 1.25 / 18.50 ms, 3 errors | 1.25 / 24.67 ms, 3 errors |");
        assertThat(md).contains("| scoring service CPU per event, fixed-rate runs | 600 µs | 600 µs |");
        assertThat(md).contains("| batches of 1,000 events from one client | 5,400 events/s | 5,400 events/s |");
        assertThat(md).contains("| Redis CPU per event, all nodes | 257 µs | 429 µs |");
        assertThat(md).contains("| Redis CPU per event, by node | 127.0.0.1:6379 257 µs | 127.0.0.1:17200 143 µs, "
                + "127.0.0.1:17201 167 µs, 127.0.0.1:17202 119 µs |");
        assertThat(md).contains("Redis spends x1.67 the CPU per event of the single server, spread over 3 primaries; "
                + "the scoring service x1.00.");
        assertThat(md).contains("[`bench-results/results-cluster.json`](../bench-results/results-cluster.json)");
    }
}
