package io.github.idfraud.loadgen.suite;

import io.github.idfraud.contract.RedisKeys;
import io.github.idfraud.features.Pseudonymiser;
import io.github.idfraud.harness.ChildProcess;
import io.github.idfraud.harness.OpenLoopSender;
import io.github.idfraud.harness.ScoringServiceEnvironment;
import io.github.idfraud.harness.Service;
import io.github.idfraud.harness.ServiceProcess;
import io.github.idfraud.loadgen.events.EventPool;
import io.github.idfraud.loadgen.events.RequestFactory;
import io.github.idfraud.loadgen.load.LoadRun;
import io.github.idfraud.loadgen.load.RunPlan;
import io.github.idfraud.loadgen.load.RunResult;
import io.github.idfraud.loadgen.load.SaturationResult;
import io.github.idfraud.loadgen.load.SaturationSearch;
import io.github.idfraud.loadgen.redis.RedisAdmin;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The HTTP half of the suite: starts the scoring service, warms it up, runs the fixed rates and the saturation
 * search against {@code /v1/events}, then the same against the baseline endpoint, stops the service and removes
 * everything the runs left in Redis.
 */
final class LoadPhase {

    /** What the load runs measured. */
    record Outcome(List<RunResult> fixedRuns, List<RunResult> baselineRuns, SaturationResult service,
                   SaturationResult baseline, String serviceCommand, List<String> notes) {
    }

    private static final String EVENTS = "/v1/events";
    private static final String BASELINE = "/v1/bench/baseline";

    private final SuiteSettings settings;
    private final RedisAdmin redis;
    private final BenchNamespace names;
    private final Secrets secrets;
    private final Path repo;
    private final List<String> serviceJvmOptions;
    private final Path logDir;
    private final PrintStream out;
    private int runCounter;
    private long drainMillis;

    LoadPhase(SuiteSettings settings, RedisAdmin redis, BenchNamespace names, Secrets secrets, Path repo,
              List<String> serviceJvmOptions, Path logDir, PrintStream out) {
        this.settings = settings;
        this.redis = redis;
        this.names = names;
        this.secrets = secrets;
        this.repo = repo;
        this.serviceJvmOptions = serviceJvmOptions;
        this.logDir = logDir;
        this.out = out;
    }

    Outcome run(EventPool pool) {
        RequestFactory requests = new RequestFactory(pool, secrets.tenantKeys(), names.eventIdPrefix());
        List<String> notes = new ArrayList<>();
        out.println("starting the scoring service (" + Service.SCORING.jar(repo) + ")");
        try (ServiceProcess service = startService();
             OpenLoopSender events = sender(service);
             OpenLoopSender baseline = sender(service)) {
            out.println("scoring service ready on " + service.baseUrl() + EVENTS + "; log: " + service.log());
            // Warm-up, not reported: JIT compilation, connection pools, Lua script cache. A cold JVM answers slowly,
            // so the rate climbs (a quarter, a half, then the full warm-up rate) instead of burying it at once.
            double warm = settings.warmupRate();
            double part = Math.max(1, settings.warmupSeconds() / 4);
            run(events, EVENTS, requests, "warm-up scoring", warm / 4, part);
            run(events, EVENTS, requests, "warm-up scoring", warm / 2, part);
            run(events, EVENTS, requests, "warm-up scoring", warm, settings.warmupSeconds() - 2 * part);
            run(baseline, BASELINE, requests, "warm-up baseline", warm, Math.min(5, settings.warmupSeconds()));
            List<RunResult> fixed = new ArrayList<>();
            for (double rate : settings.fixedRates()) {
                fixed.add(run(events, EVENTS, requests, "scoring", rate, settings.runSeconds()));
            }
            SaturationSearch search = new SaturationSearch(new SaturationSearch.Settings(settings.saturationStartRate(),
                    settings.saturationFactor(), Duration.ofMillis((long) (settings.saturationStepSeconds() * 1000)),
                    settings.saturationP99BoundMs(), settings.saturationMaxSteps()));
            SaturationResult serviceSaturation = search.search(EVENTS,
                    rate -> run(events, EVENTS, requests, "scoring saturation", rate, settings.saturationStepSeconds()));
            out.printf(Locale.ROOT, "scoring service sustained %,.0f events/s (%s)%n", serviceSaturation.sustainedRate(),
                    serviceSaturation.stoppedBecause());
            List<RunResult> baselineRuns = new ArrayList<>();
            for (double rate : settings.baselineRates()) {
                baselineRuns.add(run(baseline, BASELINE, requests, "baseline", rate, settings.runSeconds()));
            }
            SaturationResult baselineSaturation = search.search(BASELINE,
                    rate -> run(baseline, BASELINE, requests, "baseline saturation", rate, settings.saturationStepSeconds()));
            out.printf(Locale.ROOT, "baseline sustained %,.0f requests/s (%s)%n", baselineSaturation.sustainedRate(),
                    baselineSaturation.stoppedBecause());
            return new Outcome(fixed, baselineRuns, serviceSaturation, baselineSaturation, service.commandLine(), notes);
        } finally {
            notes.add(cleanUp(requests));
        }
    }

    /**
     * The packaged scoring service (prod profile) on a free port of the loopback interface, with generated secrets,
     * the baseline endpoint switched on, event time unbounded and every Redis name of its own (feature prefix, alert
     * and label streams).
     */
    private ServiceProcess startService() {
        ScoringServiceEnvironment env = new ScoringServiceEnvironment()
                .listen("127.0.0.1", ChildProcess.freePort())
                .redis(redis.url())
                .apiKeys(secrets.tenantKeys())
                .pseudonymisationKey(secrets.pseudonymisationKey())
                .contactEncryptionKey(secrets.contactEncryptionKey())
                .benchBaseline()
                .featureKeyPrefix(names.featurePrefix())
                .streams(names.alertsStream(), names.labelsStream())
                // Idempotency records expire on their own should the suite die before its clean-up.
                .eventRetention(Duration.ofHours(2))
                // Simulated events, shifted a pool's span ahead on every pass: far from today either way.
                .timeUnbounded();
        ServiceProcess service = ServiceProcess.start(repo, env, serviceJvmOptions, logDir);
        try {
            service.awaitReady(Duration.ofSeconds(120));
            return service;
        } catch (RuntimeException e) {
            service.close();
            throw e;
        }
    }

    /** One per endpoint, each with its own connections. */
    private OpenLoopSender sender(ServiceProcess service) {
        return new OpenLoopSender(service.uri().getHost(), service.uri().getPort(), settings.maxConnections());
    }

    private RunResult run(OpenLoopSender sender, String endpoint, RequestFactory requests, String label, double rate,
                          double seconds) {
        String name = String.format(Locale.ROOT, "%s %,.0f/s", label, rate);
        RunPlan plan = new RunPlan(name, rate, Duration.ofMillis((long) (seconds * 1000)),
                Duration.ofMillis((long) (settings.requestTimeoutSeconds() * 1000)));
        var prepared = requests.prepare("r" + (runCounter++), plan.requests(), endpoint);
        pause();
        RunResult result = LoadRun.run(sender, endpoint, plan, prepared);
        // Requests the generator gave up on may still be queued in the service: let it drain before the next run.
        drainMillis = result.errors() > 0 ? 2 * plan.timeout().toMillis() : 0;
        out.printf(Locale.ROOT, "  %-28s %6.0f s  sent %,8d  achieved %,9.1f/s  errors %,6d  p50 %7.2f  p90 %7.2f  "
                        + "p99 %8.2f  p99.9 %8.2f  max %8.2f ms  (send lag p99 %.2f ms)%s%n",
                name, seconds, result.requests(), result.achievedRate(), result.errors(), result.latencyMs().p50(),
                result.latencyMs().p90(), result.latencyMs().p99(), result.latencyMs().p999(), result.latencyMs().max(),
                result.sendLagMs().p99(), result.errors() == 0 ? "" : " " + result.errorsByStatus());
        return result;
    }

    /**
     * Lets the previous run's tail (GC, sockets; after errors, the requests the service still works on) settle, so
     * runs do not bleed into each other.
     */
    private void pause() {
        try {
            Thread.sleep(1_000 + drainMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * Removes the run's feature windows (its own prefix), its idempotency records ({@code ev:{<reference>}}, the
     * scoring service's EventStore layout, found from the issued event ids and the run's pseudonymisation key)
     * and its alert and label streams. Records it misses expire after FRAUD_EVENT_RETENTION (2 h).
     */
    private String cleanUp(RequestFactory requests) {
        try {
            long alerts = redis.streamLength(names.alertsStream());
            long features = redis.deleteKeys(names.featurePrefix());
            Pseudonymiser pseudonymiser = new Pseudonymiser(secrets.pseudonymisationKey());
            List<String> batch = new ArrayList<>(1_000);
            long[] records = {0};
            requests.forEachIssued((tenant, eventId) -> {
                batch.add(RedisKeys.eventRecord(pseudonymiser.eventReference(tenant, eventId)));
                if (batch.size() == 1_000) {
                    records[0] += redis.unlink(batch);
                    batch.clear();
                }
            });
            records[0] += redis.unlink(batch);
            redis.unlink(List.of(names.alertsStream(), names.labelsStream()));
            String note = String.format(Locale.ROOT, "The load runs sent %,d events, raised %,d alerts; clean-up removed "
                    + "%,d feature keys and %,d idempotency records from Redis.", requests.issued(), alerts, features,
                    records[0]);
            out.println(note);
            return note;
        } catch (RuntimeException e) {
            String note = "Clean-up after the load runs failed (" + e.getMessage() + "); keys under "
                    + names.featurePrefix() + " may remain, idempotency records expire within 2 h.";
            out.println(note);
            return note;
        }
    }
}
