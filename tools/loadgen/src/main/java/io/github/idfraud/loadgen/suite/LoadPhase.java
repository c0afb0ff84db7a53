package io.github.idfraud.loadgen.suite;

import io.github.idfraud.harness.OpenLoopSender;
import io.github.idfraud.harness.ServiceProcess;
import io.github.idfraud.loadgen.events.RequestFactory;
import io.github.idfraud.loadgen.load.RunResult;
import io.github.idfraud.loadgen.measure.CpuCost;
import io.github.idfraud.loadgen.load.SaturationResult;
import io.github.idfraud.loadgen.load.SaturationSearch;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The load runs: warms the scoring service up, runs the fixed rates and the saturation search against
 * {@code /v1/events}, then the same against the baseline endpoint.
 */
final class LoadPhase {

    /** What the load runs measured. */
    record Outcome(List<RunResult> fixedRuns, List<RunResult> baselineRuns, SaturationResult service,
                   SaturationResult baseline, CpuCost fixedRunsCpu) {
    }

    static final String EVENTS = "/v1/events";
    private static final String BASELINE = "/v1/bench/baseline";

    private final SuiteSettings settings;
    private final TimedRuns runs;
    private final PrintStream out;

    LoadPhase(SuiteSettings settings, TimedRuns runs, PrintStream out) {
        this.settings = settings;
        this.runs = runs;
        this.out = out;
    }

    /**
     * @param requests the suite's request factory over the event pool (the suite cleans up what it issued)
     * @param cpu      costs the fixed-rate runs: steady load, so their CPU per event is the figure to size with
     */
    Outcome run(ServiceProcess service, RequestFactory requests, CpuMeter cpu) {
        try (OpenLoopSender events = sender(service, settings);
             OpenLoopSender baseline = sender(service, settings)) {
            // Warm-up, not reported: JIT compilation, connection pools, Lua script cache. A cold JVM answers slowly,
            // so the rate climbs (a quarter, a half, then the full warm-up rate) instead of burying it at once.
            double warm = settings.warmupRate();
            double part = Math.max(1, settings.warmupSeconds() / 4);
            runs.run(events, EVENTS, requests, "warm-up scoring", warm / 4, part);
            runs.run(events, EVENTS, requests, "warm-up scoring", warm / 2, part);
            runs.run(events, EVENTS, requests, "warm-up scoring", warm, settings.warmupSeconds() - 2 * part);
            runs.run(baseline, BASELINE, requests, "warm-up baseline", warm, Math.min(5, settings.warmupSeconds()));
            List<RunResult> fixed = new ArrayList<>();
            CpuMeter.Reading before = cpu.read();
            for (double rate : settings.fixedRates()) {
                fixed.add(runs.run(events, EVENTS, requests, "scoring", rate, settings.runSeconds()));
            }
            CpuCost fixedRunsCpu = CpuMeter.between("the fixed-rate runs", before, cpu.read(),
                    fixed.stream().mapToLong(RunResult::ok).sum());
            out.printf(Locale.ROOT, "  CPU per event over the fixed-rate runs: scoring service %.0f µs, Redis %.0f µs %s%n",
                    fixedRunsCpu.serviceMicrosPerEvent(), fixedRunsCpu.redisMicrosPerEvent(),
                    fixedRunsCpu.redisMicrosPerEventByNode());
            SaturationSearch search = new SaturationSearch(new SaturationSearch.Settings(settings.saturationStartRate(),
                    settings.saturationFactor(), Duration.ofMillis((long) (settings.saturationStepSeconds() * 1000)),
                    settings.saturationP99BoundMs(), settings.saturationMaxSteps()));
            SaturationResult serviceSaturation = search.search(EVENTS,
                    rate -> runs.run(events, EVENTS, requests, "scoring saturation", rate, settings.saturationStepSeconds()));
            out.printf(Locale.ROOT, "scoring service sustained %,.0f events/s (%s)%n", serviceSaturation.sustainedRate(),
                    serviceSaturation.stoppedBecause());
            List<RunResult> baselineRuns = new ArrayList<>();
            for (double rate : settings.baselineRates()) {
                baselineRuns.add(runs.run(baseline, BASELINE, requests, "baseline", rate, settings.runSeconds()));
            }
            SaturationResult baselineSaturation = search.search(BASELINE,
                    rate -> runs.run(baseline, BASELINE, requests, "baseline saturation", rate, settings.saturationStepSeconds()));
            out.printf(Locale.ROOT, "baseline sustained %,.0f requests/s (%s)%n", baselineSaturation.sustainedRate(),
                    baselineSaturation.stoppedBecause());
            return new Outcome(fixed, baselineRuns, serviceSaturation, baselineSaturation, fixedRunsCpu);
        }
    }

    /** One per endpoint (or tenant), each with its own connections. */
    static OpenLoopSender sender(ServiceProcess service, SuiteSettings settings) {
        return new OpenLoopSender(service.uri().getHost(), service.uri().getPort(), settings.maxConnections());
    }
}
