package io.github.idfraud.loadgen;

import io.github.idfraud.contract.EnvironmentVariables;
import io.github.idfraud.loadgen.measure.BatchResult;
import io.github.idfraud.loadgen.measure.BurstRecoveryResult;
import io.github.idfraud.loadgen.measure.CaseIntakeProbe;
import io.github.idfraud.loadgen.measure.CaseIntakeResult;
import io.github.idfraud.loadgen.measure.MemoryResult;
import io.github.idfraud.loadgen.measure.QuotaIsolationResult;
import io.github.idfraud.loadgen.measure.Status;
import io.github.idfraud.loadgen.measure.TrainerResult;
import io.github.idfraud.loadgen.redis.RedisClusterProcess;
import io.github.idfraud.loadgen.report.ClusterComparison;
import io.github.idfraud.loadgen.report.MarkdownReport;
import io.github.idfraud.loadgen.report.MarkerSection;
import io.github.idfraud.loadgen.report.ResultsWriter;
import io.github.idfraud.loadgen.report.SuiteResults;
import io.github.idfraud.loadgen.report.Targets;
import io.github.idfraud.loadgen.suite.Suite;
import io.github.idfraud.loadgen.suite.SuitePaths;
import io.github.idfraud.loadgen.suite.SuiteSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./bench}: the benchmark suite. Exit code 0 whenever the suite ran, whether or not the targets were met;
 * 1 when the suite itself broke (service would not start, Redis unreachable, a run failed).
 */
@Command(name = "bench", mixinStandardHelpOptions = true, version = "loadgen 0.1.0", sortOptions = false,
        description = {"Open-loop benchmark of the scoring service against its baseline (ceiling) endpoint, quota "
                + "isolation and batch throughput, plus Redis memory per identity, trainer replay speed and "
                + "case-service intake.",
                "Writes bench-results/results.json (results-quick.json with --quick) and, for a full run, the table "
                        + "in README.md and docs/benchmarks.md."})
public final class LoadgenCli implements Callable<Integer> {

    private static final String README_INTRO = "`./bench` runs the benchmark suite (about 10 minutes; `./bench --quick` "
            + "is the 1-2 minute smoke run CI uses). Method and how to read the numbers: "
            + "[docs/benchmarks.md](docs/benchmarks.md). The table below is written by `./bench`; do not edit it by hand.";

    private static final String CLUSTER_INTRO = "`./bench --cluster` runs the HTTP phases of the suite on a Redis "
            + "Cluster it starts for itself and writes this table beside the last single-Redis run; do not edit it by "
            + "hand. Sizing from these figures: [docs/operations.md](docs/operations.md).";

    @Option(names = "--quick", description = "smoke run: short runs at low rates, small measurements (CI)")
    boolean quick;

    @Option(names = "--repo", defaultValue = ".", description = "repository root (default: current directory)")
    Path repo;

    @Option(names = "--redis", defaultValue = "${env:" + EnvironmentVariables.FRAUD_BENCH_REDIS_URL + ":-redis://127.0.0.1:6379}",
            description = "Redis URL (default ${DEFAULT-VALUE})")
    String redisUrl;

    @Option(names = "--postgres", defaultValue = "jdbc:postgresql://127.0.0.1:5432/postgres",
            description = "PostgreSQL where a throwaway case database may be created (default ${DEFAULT-VALUE})")
    String postgresUrl;

    @Option(names = "--postgres-user", defaultValue = "postgres", description = "(default ${DEFAULT-VALUE})")
    String postgresUser;

    @Option(names = "--postgres-password", defaultValue = "${env:PGPASSWORD:-}", description = "(default: $PGPASSWORD, else none)")
    String postgresPassword;

    @Option(names = "--rates", split = ",", paramLabel = "N", description = "fixed rates, events/s (full: 500,1000,2000; quick: 100,200)")
    List<Double> rates;

    @Option(names = "--duration", paramLabel = "SECONDS", description = "length of each fixed-rate run (full: 60; quick: 5)")
    Double runSeconds;

    @Option(names = "--baseline-rates", split = ",", paramLabel = "N", description = "fixed rates against the baseline endpoint (full: 1000; quick: none)")
    List<Double> baselineRates;

    @Option(names = "--saturation-start", paramLabel = "N", description = "first saturation step, events/s (full: 1000; quick: 200)")
    Double saturationStart;

    @Option(names = "--saturation-factor", paramLabel = "F", description = "each step's rate is the last one's times F (full: 1.25; quick: 1.8)")
    Double saturationFactor;

    @Option(names = "--saturation-step", paramLabel = "SECONDS", description = "length of a saturation step (full: 15; quick: 2)")
    Double saturationStep;

    @Option(names = "--saturation-steps", paramLabel = "N", description = "most steps before giving up climbing, or coming down when the first step fails (full: 14; quick: 5)")
    Integer saturationSteps;

    @Option(names = "--p99-bound", defaultValue = "50", paramLabel = "MS", description = "a saturation step with a higher p99 is not sustained (default ${DEFAULT-VALUE})")
    double p99Bound;

    @Option(names = "--connections", defaultValue = "64", paramLabel = "N", description = "keep-alive connections per endpoint (default ${DEFAULT-VALUE})")
    int connections;

    @Option(names = "--memory-identities", paramLabel = "N", description = "identities for the Redis memory measurement (full: 100000; quick: 5000)")
    Integer memoryIdentities;

    @Option(names = "--alerts", paramLabel = "N", description = "alerts for the case intake measurement (full: 20000; quick: 1000)")
    Integer alerts;

    @Option(names = "--quota-rounds", paramLabel = "N", description = "rounds of the quota isolation phase, its verdict on the median (full: 3; quick: 1)")
    Integer quotaRounds;

    @Option(names = "--seed", defaultValue = "20261128", description = "simulation seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--jfr", description = "record the scoring service with Java Flight Recorder (profile settings) "
            + "into bench-work/scoring-service.jfr, to find hot spots")
    boolean jfr;

    @Option(names = "--service-jvm-option", paramLabel = "OPTION", description = "an option of the scoring service's "
            + "JVM (repeatable), e.g. --service-jvm-option=-Xms1g to try heap settings; the results record the command")
    List<String> serviceJvmOptions = new ArrayList<>();

    @Option(names = "--cluster", description = "run against a Redis Cluster the suite starts for itself (3 primaries, "
            + "3 replicas, loopback, no persistence): the HTTP phases only; writes results-cluster.json and, for a full "
            + "run, the single-Redis and cluster figures side by side in README.md and docs/benchmarks.md")
    boolean cluster;

    @Option(names = "--cluster-base-port", paramLabel = "PORT", defaultValue = "${env:REDIS_CLUSTER_BASE_PORT:-17200}",
            description = "the cluster's six ports from here, bus ports +10000 (default: $REDIS_CLUSTER_BASE_PORT or "
                    + "17200)")
    int clusterBasePort;

    @Option(names = "--skip", split = ",", paramLabel = "PART",
            description = "leave out measurements: ${COMPLETION-CANDIDATES} (case-insensitive), e.g. while profiling")
    Set<Suite.Part> skip = EnumSet.noneOf(Suite.Part.class);

    /** Phases that run on their own. */
    enum Only {
        QUOTA, BATCH, BURST, MEMORY, TRAINER, CASES
    }

    @Option(names = "--only", paramLabel = "PHASE", description = "run one phase alone: ${COMPLETION-CANDIDATES} "
            + "(quota isolation: a tenant at 10x its quota beside a steady one; batch throughput: one client posting "
            + "1,000-event batches; burst recovery: a 10-s burst at twice the sustained rate between steady traffic; "
            + "memory per identity; the trainer's replay; the case service's intake). Its figures "
            + "replace that part of "
            + "bench-results/results.json (results-quick.json with --quick) and the tables are rendered again "
            + "(full runs; --no-publish only prints them)")
    Only only;

    @Option(names = "--burst-rate", paramLabel = "N", description = "the burst's rate with --only burst, events/s "
            + "(default: twice the sustained rate of the results file's last full run)")
    Double burstRate;

    @Option(names = "--publish", negatable = true, description = "write the table into README.md and docs/benchmarks.md (default: full runs only)")
    Boolean publish;

    @Option(names = "--from-results", paramLabel = "FILE", description = "run nothing: render the tables of an "
            + "existing results file into README.md and docs/benchmarks.md (e.g. bench-results/results.json)")
    Path fromResults;

    public static void main(String[] args) {
        System.exit(new CommandLine(new LoadgenCli()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Path root = repo.toAbsolutePath().normalize();
        SuitePaths paths = new SuitePaths(root, root.resolve("bench-results"), root.resolve("bench-work"));
        if (fromResults != null) {
            Path file = root.resolve(fromResults);
            SuiteResults results = new ResultsWriter().read(file);
            String fileName = root.relativize(file).toString();
            return publishTables(paths, results, fileName) ? 0 : 1;
        }
        if (cluster) {
            // The memory per identity, the trainer and the case intake do not depend on the topology; the HTTP
            // phases are what the cluster changes.
            skip = EnumSet.allOf(Suite.Part.class);
            try (RedisClusterProcess redis = RedisClusterProcess.start(paths.workDir().resolve("redis-cluster"),
                    paths.workDir().resolve("logs"), clusterBasePort, false)) {
                System.out.println("started a Redis Cluster on ports " + clusterBasePort + "-" + (clusterBasePort + 5));
                return run(paths, redis.urls(), redis);
            }
        }
        return run(paths, redisUrl, null);
    }

    private int run(SuitePaths paths, String redis, RedisClusterProcess redisCluster) throws IOException {
        Path root = paths.repo();
        SuiteSettings settings = settings(redis);
        var postgres = new CaseIntakeProbe.PostgresTarget(postgresUrl, postgresUser, postgresPassword);
        List<String> jvmOptions = new ArrayList<>(serviceJvmOptions);
        if (jfr) {
            jvmOptions.add("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename="
                    + paths.workDir().resolve("scoring-service.jfr"));
        }
        Suite suite = new Suite(settings, paths, redis, postgres, jvmOptions, skip, redisCluster, System.out);
        if (only != null) {
            return onlyPhase(suite, paths);
        }
        SuiteResults results;
        try {
            results = suite.run();
        } catch (Exception e) {
            System.err.println("bench: the suite broke: " + e.getMessage());
            e.printStackTrace(System.err);
            return 1;
        }
        Path written = new ResultsWriter().write(results, paths.resultsDir());
        String fileName = root.relativize(written).toString();
        System.out.println();
        System.out.println(MarkdownReport.render(results, fileName));
        System.out.println();
        System.out.println("results: " + written);
        if ((publish != null ? publish : !quick) && !publishTables(paths, results, fileName)) {
            return 1;
        }
        return 0;
    }

    /** A single-Redis run's own tables, or a cluster run's comparison with the single-Redis one. */
    private static boolean publishTables(SuitePaths paths, SuiteResults results, String fileName) throws IOException {
        return results.settings().onCluster() ? publishComparison(paths, results, fileName)
                : publish(paths, results, fileName);
    }

    /** The cluster run beside the last single-Redis run of the same mode, in both documents. */
    private static boolean publishComparison(SuitePaths paths, SuiteResults cluster, String clusterFile)
            throws IOException {
        Path single = paths.resultsDir().resolve(ResultsWriter.fileName(cluster.mode()));
        if (!Files.exists(single)) {
            System.err.println("bench: " + single + " is missing: run ./bench on a single Redis first to compare");
            return false;
        }
        SuiteResults singleResults = new ResultsWriter().read(single);
        String singleFile = paths.repo().relativize(single).toString();
        for (Path document : List.of(paths.readme(), paths.benchmarksDoc())) {
            String prefix = document.equals(paths.readme()) ? "" : "../";
            String text = Files.exists(document) ? Files.readString(document, StandardCharsets.UTF_8) : "";
            Files.writeString(document, MarkerSection.update(text, ClusterComparison.MARKER,
                    "Single Redis and Redis Cluster", ClusterComparison.render(singleResults, singleFile, cluster,
                            clusterFile, prefix), CLUSTER_INTRO), StandardCharsets.UTF_8);
        }
        System.out.println("updated the single Redis / Redis Cluster tables in " + paths.readme() + " and "
                + paths.benchmarksDoc());
        return true;
    }

    /** What a phase run on its own measured, and how its figures replace the ones in a results file. */
    private record PhaseOutcome(Status status, String note, UnaryOperator<SuiteResults> merge) {
    }

    /** @param earlier the results file's run (null when it was not read): the burst phase doubles its sustained rate */
    private PhaseOutcome measureOnly(Suite suite, SuiteResults earlier) throws Exception {
        return switch (only) {
            case QUOTA -> {
                QuotaIsolationResult quota = suite.quotaIsolationOnly();
                yield new PhaseOutcome(quota.status(), quota.note(), results -> results.withQuotaIsolation(quota));
            }
            case BATCH -> {
                BatchResult batch = suite.batchThroughputOnly();
                yield new PhaseOutcome(batch.status(), batch.note(), results -> results.withBatchThroughput(batch));
            }
            case BURST -> {
                double sustained = burstRate != null ? burstRate / Targets.BURST_FACTOR
                        : earlier.serviceSaturation().sustainedRate();
                BurstRecoveryResult burst = suite.burstRecoveryOnly(sustained);
                yield new PhaseOutcome(burst.status(), burst.note(), results -> results.withBurstRecovery(burst));
            }
            case MEMORY -> {
                MemoryResult memory = suite.redisMemoryOnly();
                yield new PhaseOutcome(memory.status(), memory.note(), results -> results.withRedisMemory(memory));
            }
            case TRAINER -> {
                TrainerResult trainer = suite.trainerReplayOnly();
                yield new PhaseOutcome(trainer.status(), trainer.note(), results -> results.withTrainerReplay(trainer));
            }
            case CASES -> {
                CaseIntakeResult intake = suite.caseIntakeOnly();
                yield new PhaseOutcome(intake.status(), intake.note(), results -> results.withCaseIntake(intake));
            }
        };
    }

    /**
     * Runs the {@code --only} phase alone and puts its figures into the mode's results file in place of the ones
     * there (the rest of the file, and its date, stay as the last full run left them).
     */
    private int onlyPhase(Suite suite, SuitePaths paths) throws IOException {
        String phase = only.name().toLowerCase(Locale.ROOT);
        boolean publishing = publish != null ? publish : !quick;
        Path file = paths.resultsDir().resolve(ResultsWriter.fileName(quick ? "quick" : "full", cluster));
        ResultsWriter writer = new ResultsWriter();
        // Read before measuring: a results file this version cannot merge into fails in seconds, not minutes later.
        SuiteResults earlier = null;
        boolean burstNeedsSustainedRate = only == Only.BURST && burstRate == null;
        if (publishing || burstNeedsSustainedRate) {
            if (!Files.exists(file)) {
                System.err.println("bench: " + file + " is missing: run the whole suite once before --only"
                        + (burstNeedsSustainedRate ? " (or give --burst-rate)" : ""));
                return 1;
            }
            earlier = writer.read(file);
            if (burstNeedsSustainedRate && earlier.serviceSaturation() == null) {
                System.err.println("bench: " + file + " has no sustained rate: give --burst-rate");
                return 1;
            }
        }
        PhaseOutcome outcome;
        try {
            outcome = measureOnly(suite, earlier);
        } catch (Exception e) {
            System.err.println("bench: the " + phase + " phase broke: " + e.getMessage());
            e.printStackTrace(System.err);
            return 1;
        }
        if (outcome.status() != Status.MEASURED) {
            System.err.println("bench: the " + phase + " phase was not measured: " + outcome.note());
            return 1;
        }
        if (!publishing) {
            return 0;
        }
        SuiteResults merged = outcome.merge().apply(earlier).measuredAlone(phase, Instant.now());
        writer.replace(merged, file);
        String fileName = paths.repo().relativize(file).toString();
        System.out.println("results: the " + phase + " phase's figures in " + file + " replaced");
        return publishTables(paths, merged, fileName) ? 0 : 1;
    }

    /** @return false when a document could not be updated (the reason is printed) */
    private static boolean publish(SuitePaths paths, SuiteResults results, String fileName) throws IOException {
        try {
            update(paths.readme(), MarkdownReport.render(results, fileName), README_INTRO);
            update(paths.benchmarksDoc(), MarkdownReport.render(results, "../" + fileName), "Written by `./bench`.");
        } catch (IllegalArgumentException e) {
            System.err.println("bench: tables not published: " + e.getMessage());
            return false;
        }
        System.out.println("updated the tables in " + paths.readme() + " and " + paths.benchmarksDoc()
                + " from " + fileName);
        return true;
    }

    private static void update(Path document, String table, String intro) throws IOException {
        String text = Files.exists(document) ? Files.readString(document, StandardCharsets.UTF_8) : "";
        Files.writeString(document, MarkerSection.update(text, table, intro), StandardCharsets.UTF_8);
    }

    private SuiteSettings settings(String redis) {
        List<Double> fixedRates = rates != null ? rates : quick ? List.of(100.0, 200.0) : List.of(500.0, 1_000.0, 2_000.0);
        return new SuiteSettings(
                quick ? "quick" : "full",
                fixedRates,
                runSeconds != null ? runSeconds : quick ? 5 : 60,
                baselineRates != null ? baselineRates : quick ? List.of() : List.of(1_000.0),
                fixedRates.stream().mapToDouble(Double::doubleValue).min().orElse(100),
                quick ? 4 : 20,
                saturationStart != null ? saturationStart : quick ? 200 : 1_000,
                saturationFactor != null ? saturationFactor : quick ? 1.8 : 1.25,
                saturationStep != null ? saturationStep : quick ? 2 : 15,
                p99Bound,
                saturationSteps != null ? saturationSteps : quick ? 5 : 14,
                connections,
                5,
                seed,
                quick ? 1_000 : 20_000,
                quick ? 3 : 7,
                memoryIdentities != null ? memoryIdentities : quick ? 5_000 : 100_000,
                quick ? 300 : 10_000,
                quick ? 10 : 60,
                alerts != null ? alerts : quick ? 1_000 : 20_000,
                quotaRounds != null ? quotaRounds : quick ? 1 : 3,
                redis.replaceAll("//[^@/]*@", "//***@"));
    }
}
