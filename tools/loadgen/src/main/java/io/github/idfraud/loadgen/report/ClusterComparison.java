package io.github.idfraud.loadgen.report;

import io.github.idfraud.loadgen.load.RunResult;
import io.github.idfraud.loadgen.load.SaturationResult;
import io.github.idfraud.loadgen.measure.BatchResult;
import io.github.idfraud.loadgen.measure.CpuCost;
import io.github.idfraud.loadgen.measure.QuotaIsolationResult;
import io.github.idfraud.loadgen.measure.Status;
import io.quarkus.qute.Engine;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The single-Redis and Redis Cluster runs side by side (issue 16): the markdown between the {@code bench-cluster}
 * markers of the README and docs/benchmarks.md, laid out by the Qute template {@code templates/bench-cluster.md}.
 */
public final class ClusterComparison {

    public static final String MARKER = "bench-cluster";
    private static final Template TEMPLATE = Engine.builder().addDefaults()
            .addValueResolver(new ReflectionValueResolver()).build()
            .parse(MarkdownReport.read("templates/bench-cluster.md"));

    /** One measure in both runs. */
    public record Row(String measure, String single, String cluster) {
    }

    /** What the template lays out. */
    public record View(String singleWhen, String singleFile, String singleLink, String clusterWhen, String clusterFile,
                       String clusterLink, String clusterMinutes, List<Row> rows, String reading) {
    }

    private ClusterComparison() {
    }

    /**
     * @param linkPrefix prefix of the links to the results files from the document the table goes into ({@code ""} or
     *                   {@code "../"})
     */
    public static String render(SuiteResults single, String singleFile, SuiteResults cluster, String clusterFile,
                                String linkPrefix) {
        View view = new View(ReportView.WHEN.format(single.startedAt()), singleFile, linkPrefix + singleFile,
                ReportView.WHEN.format(cluster.startedAt()), clusterFile, linkPrefix + clusterFile,
                String.format(Locale.ROOT, "%.1f", cluster.durationSeconds() / 60), rows(single, cluster),
                reading(single, cluster));
        return TEMPLATE.data("c", view).render().trim();
    }

    static List<Row> rows(SuiteResults single, SuiteResults cluster) {
        List<Row> rows = new ArrayList<>();
        for (RunResult run : single.fixedRuns()) {
            Optional<RunResult> other = cluster.fixedRuns().stream().filter(r -> r.targetRate() == run.targetRate())
                    .findFirst();
            rows.add(new Row(String.format(Locale.ROOT, "p50 / p99 at %,.0f events/s", run.targetRate()), latency(run),
                    other.map(ClusterComparison::latency).orElse("not run")));
        }
        rows.add(new Row("sustained, p99 <= bound, zero errors", sustained(single.serviceSaturation()),
                sustained(cluster.serviceSaturation())));
        rows.add(new Row("ceiling (baseline endpoint, one GET)", sustained(single.baselineSaturation()),
                sustained(cluster.baselineSaturation())));
        rows.add(new Row("batches of 1,000 events from one client", batch(single.batchThroughput()),
                batch(cluster.batchThroughput())));
        rows.add(both("scoring service CPU per event, fixed-rate runs", single, cluster,
                cpu -> String.format(Locale.ROOT, "%,.0f µs", cpu.serviceMicrosPerEvent())));
        rows.add(both("Redis CPU per event, all nodes", single, cluster,
                cpu -> String.format(Locale.ROOT, "%,.0f µs", cpu.redisMicrosPerEvent())));
        rows.add(both("Redis CPU per event, by node", single, cluster, ClusterComparison::byNode));
        rows.add(new Row("quota isolation, median round (p99 beside 10x / beside at quota)", quota(single.quotaIsolation()),
                quota(cluster.quotaIsolation())));
        return rows;
    }

    private static String reading(SuiteResults single, SuiteResults cluster) {
        CpuCost one = single.fixedRunsCpu();
        CpuCost many = cluster.fixedRunsCpu();
        if (one == null || many == null || one.redisMicrosPerEvent() == 0) {
            return "CPU per event was not measured in both runs.";
        }
        return String.format(Locale.ROOT, "On the cluster, Redis spends x%.2f the CPU per event of the single server, "
                        + "spread over %d primaries; the scoring service x%.2f.", many.redisMicrosPerEvent()
                        / one.redisMicrosPerEvent(), many.redisCpuSecondsByNode().size(),
                one.serviceMicrosPerEvent() == 0 ? 0 : many.serviceMicrosPerEvent() / one.serviceMicrosPerEvent());
    }

    private static String latency(RunResult run) {
        return String.format(Locale.ROOT, "%.2f / %.2f ms%s", run.latencyMs().p50(), run.latencyMs().p99(),
                run.errors() == 0 ? "" : String.format(Locale.ROOT, ", %,d errors", run.errors()));
    }

    private static String sustained(SaturationResult saturation) {
        return saturation == null ? "not run" : String.format(Locale.ROOT, "%,.0f/s", saturation.sustainedRate());
    }

    private static Row both(String measure, SuiteResults single, SuiteResults cluster, Function<CpuCost, String> cell) {
        return new Row(measure, single.fixedRunsCpu() == null ? "not measured" : cell.apply(single.fixedRunsCpu()),
                cluster.fixedRunsCpu() == null ? "not measured" : cell.apply(cluster.fixedRunsCpu()));
    }

    private static String byNode(CpuCost cpu) {
        return cpu.redisMicrosPerEventByNode().entrySet().stream().map(ClusterComparison::nodeCell)
                .collect(Collectors.joining(", "));
    }

    private static String nodeCell(Map.Entry<String, Double> node) {
        String name = node.getKey().replaceFirst("^redis://", "").replaceFirst("^[^@]*@", "");
        return String.format(Locale.ROOT, "%s %,.0f µs", name, node.getValue());
    }

    private static String batch(BatchResult batch) {
        return batch == null || batch.status() != Status.MEASURED ? "not measured"
                : String.format(Locale.ROOT, "%,.0f events/s", batch.run().eventsPerSecond());
    }

    private static String quota(QuotaIsolationResult quota) {
        return quota == null || quota.status() != Status.MEASURED ? "not measured"
                : String.format(Locale.ROOT, "x%.2f", quota.quietP99Ratio());
    }
}
