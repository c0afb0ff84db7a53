package io.github.idfraud.loadgen.suite;

import io.github.idfraud.harness.Service;
import io.github.idfraud.harness.ServiceProcess;
import io.github.idfraud.loadgen.events.EventPool;
import io.github.idfraud.loadgen.events.RequestFactory;
import io.github.idfraud.loadgen.measure.BatchResult;
import io.github.idfraud.loadgen.measure.BurstRecoveryResult;
import io.github.idfraud.loadgen.measure.CaseIntakeProbe;
import io.github.idfraud.loadgen.measure.CaseIntakeResult;
import io.github.idfraud.loadgen.measure.MemoryResult;
import io.github.idfraud.loadgen.measure.QuotaIsolationResult;
import io.github.idfraud.loadgen.measure.RedisMemoryProbe;
import io.github.idfraud.loadgen.measure.Status;
import io.github.idfraud.loadgen.measure.TrainerReplayProbe;
import io.github.idfraud.loadgen.measure.TrainerResult;
import io.github.idfraud.loadgen.report.EventMix;
import io.github.idfraud.loadgen.report.SuiteResults;
import io.github.idfraud.loadgen.redis.RedisAdmin;
import io.github.idfraud.loadgen.redis.RedisClusterProcess;
import io.github.idfraud.loadgen.report.Targets;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The whole benchmark: load runs against the scoring service and its baseline endpoint, recovery from a burst at twice
 * the sustained rate, batch throughput and quota isolation between two tenants on the same service, then Redis memory per identity, the trainer's replay speed and
 * the case service's intake. The load runs and the memory probe are the suite's own and fail it when they break (a
 * broken burst, batch or quota phase is reported as failed, so the long runs before it are kept); the trainer and case
 * service are other modules, measured when built and reported as not measured (or failed, with the reason)
 * otherwise.
 */
public final class Suite {

    /** Measurements that may be left out (--skip), e.g. while profiling the load runs. */
    public enum Part {
        MEMORY, TRAINER, CASES
    }

    /** The phases against the scoring service, in the order they run. */
    private enum HttpPhase {
        LOAD, BURST, BATCH, QUOTA
    }

    /** Simulated days before the pool starts: the simulator opens most accounts then. */
    static final int SETTLE_DAYS = 5;

    private final SuiteSettings settings;
    private final SuitePaths paths;
    private final String redisUrl;
    private final CaseIntakeProbe.PostgresTarget postgres;
    private final List<String> serviceJvmOptions;
    private final Set<Part> skipped;
    private final RedisClusterProcess cluster;
    private final PrintStream out;
    private final long startedNanos = System.nanoTime();

    /**
     * @param redisUrl          the Redis to use, credentials included ({@code settings} only shows it without them);
     *                          a cluster's comma-separated seed URLs when {@code cluster} is given
     * @param serviceJvmOptions extra options of the scoring service's JVM (e.g. a flight recording), usually none
     * @param cluster           the Redis Cluster the run started for itself, or null on a single Redis
     */
    public Suite(SuiteSettings settings, SuitePaths paths, String redisUrl, CaseIntakeProbe.PostgresTarget postgres,
                 List<String> serviceJvmOptions, Set<Part> skipped, RedisClusterProcess cluster, PrintStream out) {
        this.settings = settings;
        this.paths = paths;
        this.redisUrl = redisUrl;
        this.postgres = postgres;
        this.serviceJvmOptions = List.copyOf(serviceJvmOptions);
        this.skipped = Set.copyOf(skipped);
        this.cluster = cluster;
        this.out = out;
    }

    /** Prints a phase heading with the time since the suite started. */
    private void phase(String text) {
        long seconds = (System.nanoTime() - startedNanos) / 1_000_000_000L;
        out.printf(Locale.ROOT, "[%02d:%02d] %s%n", seconds / 60, seconds % 60, text);
    }

    public SuiteResults run() throws Exception {
        Instant started = Instant.now();
        BenchNamespace names = BenchNamespace.random();
        try (RedisAdmin redis = RedisAdmin.open(redisUrl)) {
            MachineInfo machine = machine(redis, names);
            long leftovers = removeLeftovers(redis, names);
            EventPool pool = simulatePool();
            EventMix mix = new EventMix(pool.identities(), settings.poolDays(), pool.size(), pool.countsByType(),
                    "simulator defaults (about 1% fraud events), labels left out; the first " + SETTLE_DAYS
                            + " simulated days, when most accounts are opened, are left out");
            Secrets secrets = secrets(pool);
            List<String> cleanUp = new ArrayList<>();
            Http http = http(redis, names, secrets, pool, EnumSet.allOf(HttpPhase.class), 0, cleanUp);
            LoadPhase.Outcome load = http.load();

            MemoryResult memory = memory(redis, names);
            TrainerResult trainer = skipped.contains(Part.TRAINER)
                    ? TrainerResult.notMeasured(Status.NOT_MEASURED, "skipped (--skip trainer)") : trainer();
            CaseIntakeResult intake = skipped.contains(Part.CASES)
                    ? CaseIntakeResult.notMeasured(Status.NOT_MEASURED, "skipped (--skip cases)") : intake(redis, names, secrets);

            Double share = load.baseline().sustainedRate() > 0
                    ? Math.round(load.service().sustainedRate() / load.baseline().sustainedRate() * 1000) / 1000.0
                    : null;
            List<String> notes = notes(load, machine, leftovers);
            notes.addAll(cleanUp);
            phase("done");
            Instant finished = Instant.now();
            return new SuiteResults(SuiteResults.SCHEMA_VERSION, settings.mode(), started, finished,
                    Math.round(Duration.between(started, finished).toMillis() / 100.0) / 10.0, machine.withLoadAtEnd(),
                    settings, http.serviceCommand(), mix, load.fixedRuns(), load.baselineRuns(), load.service(),
                    load.baseline(), share, load.fixedRunsCpu(), memory, trainer, intake, http.quota(), http.batch(),
                    http.burst(), Targets.evaluate(load.fixedRuns(), load.service(), load.baseline(), share, memory,
                            intake, http.quota(), http.batch(), http.burst(), trainer), notes);
        }
    }

    /** The Redis memory probe alone ({@code --only memory}). */
    public MemoryResult redisMemoryOnly() {
        return alone((redis, names) -> memory(redis, names));
    }

    /** The trainer's replay alone ({@code --only trainer}). */
    public TrainerResult trainerReplayOnly() {
        return alone((redis, names) -> trainer());
    }

    /** The case service's intake alone ({@code --only cases}), with throwaway secrets. */
    public CaseIntakeResult caseIntakeOnly() {
        return alone((redis, names) -> intake(redis, names, Secrets.generate(List.of())));
    }

    /** Runs one measurement of its own (no scoring service) in a fresh namespace. */
    private <T> T alone(BiFunction<RedisAdmin, BenchNamespace, T> measurement) {
        BenchNamespace names = BenchNamespace.random();
        try (RedisAdmin redis = RedisAdmin.open(redisUrl)) {
            machine(redis, names);
            removeLeftovers(redis, names);
            T result = measurement.apply(redis, names);
            phase("done");
            return result;
        }
    }

    /** The batch throughput phase alone ({@code --only batch}), against a service started for it. */
    public BatchResult batchThroughputOnly() throws Exception {
        return only(HttpPhase.BATCH, 0).batch();
    }

    /** The quota isolation phase alone ({@code --only quota}), against a service started for it. */
    public QuotaIsolationResult quotaIsolationOnly() throws Exception {
        return only(HttpPhase.QUOTA, 0).quota();
    }

    /**
     * The burst recovery phase alone ({@code --only burst}), against a service started for it.
     *
     * @param sustainedRate the sustained rate the burst doubles (an earlier run's, or given)
     */
    public BurstRecoveryResult burstRecoveryOnly(double sustainedRate) throws Exception {
        return only(HttpPhase.BURST, sustainedRate).burst();
    }

    private Http only(HttpPhase phase, double sustainedRate) throws Exception {
        BenchNamespace names = BenchNamespace.random();
        try (RedisAdmin redis = RedisAdmin.open(redisUrl)) {
            machine(redis, names);
            removeLeftovers(redis, names);
            EventPool pool = simulatePool();
            Http http = http(redis, names, secrets(pool), pool, EnumSet.of(phase), sustainedRate, new ArrayList<>());
            phase("done");
            return http;
        }
    }

    /** What the service's HTTP phases measured; a phase left out is null. */
    private record Http(LoadPhase.Outcome load, BurstRecoveryResult burst, QuotaIsolationResult quota,
                        BatchResult batch, String serviceCommand) {
    }

    /**
     * Starts the scoring service, runs the asked phases against it in their order, stops it and removes what the
     * runs left in Redis (the clean-up's note goes into {@code notes}).
     *
     * @param sustainedRate the rate the burst phase doubles when the load runs are not among the phases
     */
    private Http http(RedisAdmin redis, BenchNamespace names, Secrets secrets, EventPool pool, Set<HttpPhase> phases,
                      double sustainedRate, List<String> notes) {
        BenchService bench = new BenchService(redis, names, secrets, cluster != null);
        TimedRuns runs = new TimedRuns(settings, out);
        RequestFactory requests = new RequestFactory(pool, secrets.tenantKeys(), names.eventIdPrefix());
        // The phases that send as one bank (the batches, the quota phase's quiet tenant) send the pool's first bank's
        // own events: one history, each phase going on where the one before stopped.
        String tenant = pool.tenants().get(0);
        RequestFactory tenantEvents = new RequestFactory(pool.ofTenant(tenant, tenant), secrets.tenantKeys(),
                names.eventIdPrefix() + "-" + tenant);
        RequestFactory noisy = new RequestFactory(noisyPool(), secrets.tenantKeys(), names.eventIdPrefix() + "-noisy");
        out.println("starting the scoring service (" + Service.SCORING.jar(paths.repo()) + ")");
        try (ServiceProcess service = bench.start(paths.repo(), serviceJvmOptions, paths.workDir().resolve("logs"))) {
            out.println("scoring service ready on " + service.baseUrl() + LoadPhase.EVENTS + "; log: " + service.log());
            LoadPhase.Outcome load = null;
            BurstRecoveryResult burst = null;
            BatchResult batch = null;
            QuotaIsolationResult quota = null;
            if (phases.contains(HttpPhase.LOAD)) {
                phase("load runs");
                Supplier<Map<String, Double>> redisCpu = cluster != null ? cluster::cpuSecondsByPrimary
                        : () -> Map.of(settings.redisUrl(), redis.cpuSeconds());
                load = new LoadPhase(settings, runs, out).run(service, requests, new CpuMeter(service, redisCpu));
            }
            if (phases.contains(HttpPhase.BURST)) {
                burst = burst(service, runs, requests, load != null ? load.service().sustainedRate() : sustainedRate,
                        load == null);
            }
            if (phases.contains(HttpPhase.BATCH)) {
                batch = batch(service, runs, tenant, tenantEvents, load == null && burst == null);
            }
            if (phases.contains(HttpPhase.QUOTA)) {
                quota = quota(service, runs, tenant, tenantEvents, noisy, load == null && burst == null && batch == null);
            }
            return new Http(load, burst, quota, batch, service.commandLine());
        } finally {
            String note = cluster != null ? "The Redis Cluster was the run's own: it goes, with all the runs left in it."
                    : bench.cleanUp(List.of(requests, tenantEvents, noisy));
            out.println(note);
            notes.add(note);
        }
    }

    /** @param cold whether nothing ran on the service before */
    private BurstRecoveryResult burst(ServiceProcess service, TimedRuns runs, RequestFactory requests,
                                      double sustainedRate, boolean cold) {
        phase(String.format(Locale.ROOT, "burst recovery: %,.0f/s (%.0fx the sustained %,.0f/s) between steady "
                + "traffic, %,d connections", BurstPhase.BURST_FACTOR * sustainedRate, BurstPhase.BURST_FACTOR,
                sustainedRate, BurstPhase.CONNECTIONS));
        try {
            return new BurstPhase(settings, runs, out).run(service, requests, sustainedRate, cold);
        } catch (RuntimeException e) {
            out.println("  failed: " + e.getMessage());
            return BurstRecoveryResult.notMeasured(Status.FAILED, String.valueOf(e.getMessage()));
        }
    }

    /** @param cold whether nothing ran on the service before */
    private BatchResult batch(ServiceProcess service, TimedRuns runs, String tenant, RequestFactory events,
                              boolean cold) {
        phase(String.format(Locale.ROOT, "batch throughput: one client, %s's events in batches of %,d to %s",
                tenant, BatchPhase.BATCH_EVENTS, BatchPhase.PATH));
        try {
            return new BatchPhase(settings, runs, out).run(service, tenant, events, cold);
        } catch (RuntimeException e) {
            out.println("  failed: " + e.getMessage());
            return BatchResult.notMeasured(Status.FAILED, String.valueOf(e.getMessage()));
        }
    }

    /** @param cold whether nothing ran on the service before */
    private QuotaIsolationResult quota(ServiceProcess service, TimedRuns runs, String quietTenant,
                                       RequestFactory quiet, RequestFactory noisy, boolean cold) {
        phase(String.format(Locale.ROOT, "quota isolation: %s at %,.0f/s, alone and beside %s at %,.0f/s (10x "
                + "its quota)", quietTenant, QuotaPhase.QUIET_RATE, QuotaPhase.NOISY_TENANT,
                QuotaPhase.NOISY_QUOTA * QuotaPhase.NOISY_OVER_QUOTA));
        try {
            return new QuotaPhase(settings, runs, out).run(service, quietTenant, quiet, noisy, cold);
        } catch (RuntimeException e) {
            out.println("  failed: " + e.getMessage());
            return QuotaIsolationResult.notMeasured(Status.FAILED, String.valueOf(e.getMessage()));
        }
    }

    private MachineInfo machine(RedisAdmin redis, BenchNamespace names) {
        String redisVersion = redis.info("server").getOrDefault("redis_version", "unknown");
        long redisOps = Long.parseLong(redis.info("stats").getOrDefault("instantaneous_ops_per_sec", "0"));
        MachineInfo machine = MachineInfo.probe(redisVersion, redisOps, settings.redisUrl());
        out.println("machine: " + machine.describe() + "; load average " + machine.loadAverageAtStart()
                + "; Redis busy with " + redisOps + " ops/s from other clients");
        out.println("bench namespace " + names.id() + " (keys " + names.featurePrefix() + "*, streams bench-*-"
                + names.id() + ")");
        return machine;
    }

    private EventPool simulatePool() {
        phase(String.format(Locale.ROOT, "simulating the event mix: %,d people, %d days", settings.poolIdentities(),
                settings.poolDays()));
        EventPool pool = EventPool.simulate(settings.seed(), settings.poolIdentities(), SETTLE_DAYS, settings.poolDays());
        out.printf(Locale.ROOT, "  %,d events %s%n", pool.size(), pool.countsByType());
        return pool;
    }

    /**
     * The quota phase's noisy tenant: one bank of another simulated world (another seed), so none of its people is
     * one of the quiet tenant's.
     */
    private EventPool noisyPool() {
        int identities = Math.max(500, settings.poolIdentities() / 4);
        EventPool world = EventPool.simulate(settings.seed() + 1, identities, SETTLE_DAYS, settings.poolDays());
        return world.ofTenant(world.tenants().get(0), QuotaPhase.NOISY_TENANT);
    }

    /** A key for every bank of the pool and for the quota phase's noisy tenant. */
    private static Secrets secrets(EventPool pool) {
        List<String> tenants = new ArrayList<>(pool.tenants());
        tenants.add(QuotaPhase.NOISY_TENANT);
        return Secrets.generate(tenants);
    }

    /** What a reader should know about the conditions of this run. */
    private static List<String> notes(LoadPhase.Outcome load, MachineInfo machine, long leftovers) {
        List<String> notes = new ArrayList<>();
        if (machine.redisOpsPerSecondAtStart() > 1_000) {
            notes.add(String.format(Locale.ROOT, "Redis was serving %,d operations/s for other clients when the "
                    + "suite started: they competed with the benchmark.", machine.redisOpsPerSecondAtStart()));
        }
        if (leftovers > 0) {
            notes.add(String.format(Locale.ROOT, "Removed %,d keys an interrupted earlier run had left in Redis.",
                    leftovers));
        }
        if (machine.loadAverageAtStart() > 0.75 * machine.cores()) {
            notes.add(String.format(Locale.ROOT, "The machine was busy when the suite started (load average %.2f on "
                    + "%d cores): other work competed for the cores, so these figures understate the service.",
                    machine.loadAverageAtStart(), machine.cores()));
        }
        if (load.baseline().stoppedBecause().startsWith("step limit")) {
            notes.add("The baseline never failed a step, so the ceiling is at least the figure shown and the "
                    + "service's share of it at most the one shown.");
        }
        return notes;
    }

    /**
     * Deletes what an interrupted run (Ctrl-C, kill) left: its feature keys and streams, recognisable by the bench
     * naming. Its idempotency records cannot be recognised (keyed HMACs) and expire after two hours on their own.
     */
    private long removeLeftovers(RedisAdmin redis, BenchNamespace names) {
        long[] removed = {0};
        redis.scan("bench-", keys -> removed[0] += redis.unlink(keys.stream().filter(names::isLeftover).toList()));
        if (removed[0] > 0) {
            out.printf(Locale.ROOT, "removed %,d keys left by an interrupted earlier run%n", removed[0]);
        }
        return removed[0];
    }

    private MemoryResult memory(RedisAdmin redis, BenchNamespace names) {
        if (skipped.contains(Part.MEMORY)) {
            return MemoryResult.notMeasured(Status.NOT_MEASURED, "skipped (--skip memory)");
        }
        phase(String.format(Locale.ROOT, "measuring Redis memory per identity (%,d identities)",
                settings.memoryIdentities()));
        MemoryResult memory = new RedisMemoryProbe(redis, names.memoryProbePrefix()).measure(settings.memoryIdentities());
        out.printf(Locale.ROOT, "  %,.0f bytes per identity, %.1f keys each (%s)%n", memory.bytesPerIdentity(),
                memory.keysPerIdentity(), memory.bytesPerIdentityByStructure());
        return memory;
    }

    private TrainerResult trainer() {
        phase("measuring the trainer's replay speed (" + paths.trainerJar() + ")");
        try {
            TrainerResult result = new TrainerReplayProbe(paths.trainerJar(), redisUrl, paths.workDir())
                    .measure(settings.trainerIdentities(), settings.trainerDays(), Duration.ofMinutes(10));
            out.println("  " + (result.status() == Status.MEASURED
                    ? String.format(Locale.ROOT, "%,.0f events/s%s", result.eventsPerSecond(),
                            result.trainerCpuMicrosPerEvent() == null ? "" : String.format(Locale.ROOT,
                                    "; CPU per event: trainer %.1f µs, Redis %.1f µs", result.trainerCpuMicrosPerEvent(),
                                    result.redisCpuMicrosPerEvent()))
                    : result.status() + ": " + result.note()));
            return result;
        } catch (Exception e) {
            out.println("  failed: " + e.getMessage());
            return TrainerResult.notMeasured(Status.FAILED, String.valueOf(e.getMessage()));
        }
    }

    private CaseIntakeResult intake(RedisAdmin redis, BenchNamespace names, Secrets secrets) {
        phase("measuring the case service's alert intake (" + paths.caseServiceJar() + ")");
        try {
            CaseIntakeResult result = new CaseIntakeProbe(paths.repo(), redis, postgres, names, secrets,
                    paths.workDir().resolve("logs")).measure(settings.caseAlerts(), Duration.ofSeconds(120));
            out.println("  " + (result.status() == Status.MEASURED
                    ? String.format(Locale.ROOT, "%,.0f alerts/s, %,d lost", result.alertsPerSecond(), result.lost())
                    : result.status() + ": " + result.note()));
            return result;
        } catch (Exception e) {
            out.println("  failed: " + e.getMessage());
            return CaseIntakeResult.notMeasured(Status.FAILED, String.valueOf(e.getMessage()));
        }
    }
}
