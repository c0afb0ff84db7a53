package io.github.idfraud.loadgen.chaos;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.idfraud.harness.OpenLoopSender;
import io.github.idfraud.harness.PreparedRequest;
import io.github.idfraud.loadgen.report.MarkerSection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./chaos}: the fault-injection run. Exit code 0 when nothing was lost or duplicated, 2 when something was
 * (the table says what), 1 when the run itself broke.
 */
@Command(name = "chaos", mixinStandardHelpOptions = true, version = "chaos 0.1.0", sortOptions = false,
        description = {"Steady open-loop traffic through the scoring service with the case service consuming alerts, "
                + "while one part after another fails: Redis stopped, the case service killed, the SMTP server down, "
                + "PostgreSQL restarted, the scoring service killed; with --cluster, a Redis Cluster primary killed "
                + "and failed over. Counts what was lost or duplicated.",
                "Writes bench-results/chaos.json (chaos-quick.json with --quick) and, for a full run, the table in "
                        + "README.md."})
public final class ChaosCli implements Callable<Integer> {

    private static final String README_INTRO = "`./chaos` breaks one part of the running system at a time under "
            + "steady traffic and counts what was lost or duplicated (about 10 minutes; `./chaos --quick`, the "
            + "5-minute form, runs in CI). The table below is written by `./chaos`; do not edit it by hand.";
    private static final String CLUSTER_INTRO = "`./chaos --cluster` runs the same system on a Redis Cluster of its "
            + "own (3 primaries, 3 replicas, append-only files) and SIGKILLs the primary holding the alert stream "
            + "under load; its replica takes over and the killed node comes back as a replica. `./chaos --quick "
            + "--cluster` runs in CI. The table below is written by `./chaos --cluster`; do not edit it by hand.";
    private static final String RULE = "{\"id\":\"chaos-large-transfer\",\"description\":\"chaos run: a transfer of "
            + "9,500 or more is declined\",\"condition\":\"event.type == \\\"TRANSACTION\\\" && event.amount >= 9500.0\","
            + "\"action\":\"DECLINE\",\"reasonCode\":\"RULE_CHAOS_LARGE_TRANSFER\",\"status\":\"ACTIVE\"}";

    @Option(names = "--quick", description = "the CI form: shorter phases and outages, no baseline phase")
    boolean quick;

    @Option(names = "--cluster", description = "on a Redis Cluster of the run's own (3 primaries, 3 replicas): a "
            + "primary SIGKILLed under load and failed over (full: a baseline first); writes chaos-cluster.json "
            + "(chaos-quick-cluster.json with --quick) and its own README table")
    boolean cluster;

    @Option(names = "--cluster-base-port", paramLabel = "PORT", defaultValue = "${env:REDIS_CLUSTER_BASE_PORT:-17100}",
            description = "the cluster's six ports from here, bus ports +10000 (default: $REDIS_CLUSTER_BASE_PORT or "
                    + "17100)")
    int clusterBasePort;

    @Option(names = "--repo", defaultValue = ".", description = "repository root (default: current directory)")
    Path repo;

    @Option(names = "--rate", defaultValue = "500", description = "events/s (default ${DEFAULT-VALUE})")
    double rate;

    @Option(names = "--phase-seconds", paramLabel = "S", description = "traffic per fault (full: 40; quick: 18)")
    Double phaseSeconds;

    @Option(names = "--fault-after", paramLabel = "S", description = "seconds into the traffic the fault starts (full: 10; quick: 3)")
    Double faultAfter;

    @Option(names = "--redis-down", paramLabel = "S", defaultValue = "10", description = "(default ${DEFAULT-VALUE})")
    long redisDownSeconds;

    @Option(names = "--smtp-down", paramLabel = "S", description = "(full: 60; quick: 15)")
    Long smtpDownSeconds;

    @Option(names = "--settle-timeout", paramLabel = "S", defaultValue = "180",
            description = "longest wait for retries, intake and e-mails after a phase (default ${DEFAULT-VALUE})")
    long settleSeconds;

    @Option(names = "--faults", split = ",", paramLabel = "FAULT",
            description = "which, in order: ${COMPLETION-CANDIDATES} (full: all; quick: all but NONE)")
    List<Fault> faults;

    @Option(names = "--postgres", defaultValue = "127.0.0.1:5432", description = "host:port (default ${DEFAULT-VALUE})")
    String postgres;

    @Option(names = "--postgres-user", defaultValue = "postgres", description = "(default ${DEFAULT-VALUE})")
    String postgresUser;

    @Option(names = "--postgres-password", defaultValue = "${env:PGPASSWORD:-}", description = "(default: $PGPASSWORD)")
    String postgresPassword;

    @Option(names = "--postgres-restart-command", split = " ", paramLabel = "CMD",
            description = "restarts that PostgreSQL (default: pg_ctlcluster --skip-systemctl-redirect <version> main restart)")
    List<String> postgresRestart;

    @Option(names = "--seed", defaultValue = "20261203", description = "(default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--publish", negatable = true, description = "write the table into README.md (default: full runs only)")
    Boolean publish;

    /** Held so the setting sticks: Vert.x logs every connection the killed service reset, as SEVERE. */
    private static final java.util.logging.Logger VERTX_CONNECTIONS =
            java.util.logging.Logger.getLogger("io.vertx.core.net.impl.ConnectionBase");

    public static void main(String[] args) {
        VERTX_CONNECTIONS.setLevel(java.util.logging.Level.OFF);
        System.exit(new CommandLine(new ChaosCli()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Path root = repo.toAbsolutePath().normalize();
        ChaosSettings settings;
        try {
            settings = settings();
        } catch (IllegalArgumentException e) {
            System.err.println("chaos: " + e.getMessage());
            return 1;
        }
        String runId = HexFormat.of().formatHex(new SecureRandom().generateSeed(4));
        Path workDir = root.resolve("bench-work").resolve("chaos-" + runId);
        Files.createDirectories(workDir.resolve("logs"));
        System.out.printf(Locale.ROOT, "[chaos] run %s (%s): faults %s; logs in %s%n", runId, settings.mode(),
                settings.faults(), workDir.resolve("logs"));
        List<PhaseResult> phases = new ArrayList<>();
        Instant started = Instant.now();
        try (ChaosSystem system = ChaosSystem.start(root, workDir, settings, runId)) {
            for (String tenant : ChaosSystem.TENANTS) {
                system.putRule(tenant, "chaos-large-transfer", RULE);
            }
            warmUp(system, runId, settings);
            for (Fault fault : settings.faults()) {
                long phaseStart = System.nanoTime();
                PhaseResult result = new ChaosPhase(system, settings, runId, System.out).run(fault);
                phases.add(result);
                System.out.printf(Locale.ROOT, "[chaos] %s (%.0f s): lost %d %s, duplicated %d %s%n", fault,
                        (System.nanoTime() - phaseStart) / 1e9, result.lostTotal(), result.lost(),
                        result.duplicatedTotal(), result.duplicated());
            }
        } catch (Exception e) {
            System.err.println("chaos: the run broke: " + e.getMessage());
            e.printStackTrace(System.err);
            return 1;
        }
        Path results = write(root, settings, runId, started, phases);
        String section = cluster ? "chaos-cluster" : "chaos";
        String file = root.relativize(results).toString();
        String when = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC).format(started);
        String table = ChaosReport.render(settings, phases, file, when);
        System.out.println();
        System.out.println(table);
        if (publish != null ? publish : !quick) {
            Path readme = root.resolve("README.md");
            String text = Files.readString(readme, StandardCharsets.UTF_8);
            Files.writeString(readme, cluster
                            ? MarkerSection.update(text, section, "Redis Cluster failover under load", table, CLUSTER_INTRO)
                            : MarkerSection.update(text, section, "Faults under load", table, README_INTRO),
                    StandardCharsets.UTF_8);
            System.out.println("updated the " + section + " table in " + readme);
        }
        boolean whole = phases.stream().allMatch(p -> p.lostTotal() == 0 && p.duplicatedTotal() == 0);
        return whole ? 0 : 2;
    }

    /**
     * Traffic nobody counts, climbing to the run's rate, so the first phase does not measure two JVMs compiling
     * their hot code (on two cores, C2 alone takes most of a core for the first minute or two).
     */
    private static void warmUp(ChaosSystem system, String runId, ChaosSettings settings) {
        for (double share : new double[] {0.25, 0.5, 1.0}) {
            warmUp(system, runId + "-w" + (int) (share * 100), settings.rate() * share,
                    share < 1 ? 5 : settings.warmUpSeconds(), settings);
        }
    }

    private static void warmUp(ChaosSystem system, String runId, double rate, double seconds, ChaosSettings settings) {
        PhaseTraffic traffic = PhaseTraffic.plan(runId, "warm", (int) (rate * seconds), rate,
                Instant.now().plusMillis(200), system.secrets().tenantKeys(), settings.seed());
        List<PreparedRequest> requests = traffic.requests();
        try (OpenLoopSender sender = new OpenLoopSender(system.scoringUri().getHost(), system.scoringUri().getPort(),
                16)) {
            sender.send(rate, requests, Duration.ofSeconds(10), (i, a) -> { });
        }
    }

    private static Path write(Path root, ChaosSettings settings, String runId, Instant started,
                              List<PhaseResult> phases) throws Exception {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("run", runId);
        document.put("startedAt", started);
        document.put("finishedAt", Instant.now());
        document.put("cores", Runtime.getRuntime().availableProcessors());
        document.put("settings", settings);
        document.put("phases", phases);
        Path dir = root.resolve("bench-results");
        Files.createDirectories(dir);
        Path file = dir.resolve((settings.mode().equals("quick") ? "chaos-quick" : "chaos")
                + (settings.cluster() ? "-cluster" : "") + ".json");
        new ObjectMapper().registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), document);
        return file;
    }

    private ChaosSettings settings() {
        List<Fault> chosen = faults != null ? faults : Arrays.stream(Fault.values())
                .filter(f -> cluster ? f == Fault.REDIS_PRIMARY_FAILOVER || f == Fault.NONE && !quick
                        : f.runsOn(false) && (f != Fault.NONE || !quick))
                .toList();
        List<Fault> misplaced = chosen.stream().filter(f -> !f.runsOn(cluster)).toList();
        if (!misplaced.isEmpty()) {
            throw new IllegalArgumentException("fault(s) " + misplaced + " cannot run "
                    + (cluster ? "on a Redis Cluster (leave out --cluster)" : "on a single Redis (add --cluster)"));
        }
        return new ChaosSettings(quick ? "quick" : "full", rate, quick ? 10 : 45,
                phaseSeconds != null ? phaseSeconds : quick ? 18 : 40,
                faultAfter != null ? faultAfter : quick ? 3 : 10,
                Duration.ofSeconds(redisDownSeconds),
                Duration.ofSeconds(smtpDownSeconds != null ? smtpDownSeconds : quick ? 15 : 60),
                Duration.ofSeconds(settleSeconds), Duration.ofSeconds(2), Duration.ofSeconds(10),
                postgres, postgresUser, postgresPassword,
                postgresRestart != null ? postgresRestart : PostgresCluster.debianRestartCommand(), seed, chosen,
                cluster, clusterBasePort);
    }
}
