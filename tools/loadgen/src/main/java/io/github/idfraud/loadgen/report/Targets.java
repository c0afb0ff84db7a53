package io.github.idfraud.loadgen.report;

import io.github.idfraud.loadgen.load.BatchRunResult;
import io.github.idfraud.loadgen.load.BurstRunResult;
import io.github.idfraud.loadgen.load.RunResult;
import io.github.idfraud.loadgen.load.SaturationResult;
import io.github.idfraud.loadgen.measure.BatchResult;
import io.github.idfraud.loadgen.measure.BurstRecoveryResult;
import io.github.idfraud.loadgen.measure.CaseIntakeResult;
import io.github.idfraud.loadgen.measure.MemoryResult;
import io.github.idfraud.loadgen.measure.QuotaIsolationResult;
import io.github.idfraud.loadgen.measure.QuotaRound;
import io.github.idfraud.loadgen.measure.Status;
import io.github.idfraud.loadgen.measure.TrainerResult;
import io.github.idfraud.loadgen.report.TargetResult.Verdict;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The targets for this machine, evaluated against a suite run. A target without a measurement is not met. */
public final class Targets {

    public static final double P99_RATE = 1_000;
    public static final double P99_LIMIT_MS = 10;
    public static final double SUSTAINED_MIN = 3_000;
    public static final double CEILING_SHARE_MIN = 0.5;
    public static final double BYTES_PER_IDENTITY_MAX = 1_024;
    /** Issue 16's figure (issue 5 asked for 500). */
    public static final double INTAKE_MIN = 1_000;
    public static final double TRAINER_EVENTS_PER_SECOND_MIN = 50_000;
    /**
     * "Within its normal p99" (issue 15) with room for this machine's run-to-run noise: two 15-s runs of the same
     * traffic on the shared two cores differ by this much without any change. Normal is beside a neighbour that
     * keeps to its quota: a quota cannot make that neighbour's admitted traffic free, only its excess.
     */
    public static final double QUIET_P99_RATIO_MAX = 1.5;
    /** The batch size: the most events the scoring service takes in one batch. */
    public static final int BATCH_EVENTS = 1_000;
    public static final double BATCH_EVENTS_PER_SECOND_MIN = 5_000;
    /** The burst: this long, at twice the sustained rate; back to normal within the next five seconds. */
    public static final int BURST_SECONDS_MIN = 10;
    public static final double BURST_FACTOR = 2;
    public static final int BURST_RECOVERY_SECONDS_MAX = 5;

    private Targets() {
    }

    public static List<TargetResult> evaluate(List<RunResult> fixedRuns, SaturationResult service,
                                              SaturationResult baseline, Double ceilingShare, MemoryResult memory,
                                              CaseIntakeResult intake, QuotaIsolationResult quota,
                                              BatchResult batch, BurstRecoveryResult burst, TrainerResult trainer) {
        return List.of(p99(fixedRuns), sustained(service), ceiling(service, baseline, ceilingShare), memory(memory),
                intake(intake), quotaIsolation(quota), batchThroughput(batch), burstRecovery(burst), trainer(trainer));
    }

    static TargetResult p99(List<RunResult> fixedRuns) {
        String target = "p99 <= 10 ms at 1,000 events/s (zero errors, none degraded)";
        Optional<RunResult> run = fixedRuns.stream().filter(r -> r.targetRate() == P99_RATE).findFirst();
        if (run.isEmpty()) {
            return new TargetResult("p99-at-1000", target, "no 1,000 events/s run", Verdict.NOT_MEASURED);
        }
        RunResult r = run.get();
        String actual = String.format(Locale.ROOT, "p99 %.2f ms, %,d errors", r.latencyMs().p99(), r.errors())
                + (r.degraded() > 0 ? String.format(Locale.ROOT, ", %,d degraded", r.degraded()) : "");
        boolean met = r.latencyMs().p99() <= P99_LIMIT_MS && r.errors() == 0 && r.degraded() == 0;
        return new TargetResult("p99-at-1000", target, actual, met ? Verdict.MET : Verdict.MISSED);
    }

    static TargetResult sustained(SaturationResult service) {
        String target = ">= 3,000 events/s sustained with zero errors";
        if (service == null) {
            return new TargetResult("sustained-rate", target, "no saturation run", Verdict.NOT_MEASURED);
        }
        String actual = String.format(Locale.ROOT, "%,.0f events/s", service.sustainedRate());
        return new TargetResult("sustained-rate", target, actual,
                service.sustainedRate() >= SUSTAINED_MIN ? Verdict.MET : Verdict.MISSED);
    }

    static TargetResult ceiling(SaturationResult service, SaturationResult baseline, Double share) {
        String target = ">= 50% of the ceiling's throughput (baseline endpoint)";
        if (service == null || baseline == null || share == null) {
            return new TargetResult("ceiling-share", target, "baseline not measured", Verdict.NOT_MEASURED);
        }
        String actual = String.format(Locale.ROOT, "%.0f%% (%,.0f of %,.0f events/s)", share * 100,
                service.sustainedRate(), baseline.sustainedRate());
        return new TargetResult("ceiling-share", target, actual, share >= CEILING_SHARE_MIN ? Verdict.MET : Verdict.MISSED);
    }

    static TargetResult memory(MemoryResult memory) {
        String target = "<= 1 KiB Redis memory per identity";
        if (memory == null || memory.status() != Status.MEASURED) {
            return new TargetResult("redis-memory", target, memory == null ? "not run" : memory.note(), Verdict.NOT_MEASURED);
        }
        String actual = String.format(Locale.ROOT, "%,.0f bytes per identity (%,d identities)", memory.bytesPerIdentity(),
                memory.identities());
        return new TargetResult("redis-memory", target, actual,
                memory.bytesPerIdentity() <= BYTES_PER_IDENTITY_MAX ? Verdict.MET : Verdict.MISSED);
    }

    static TargetResult intake(CaseIntakeResult intake) {
        String target = String.format(Locale.ROOT, ">= %,.0f alerts/s case intake, none lost", INTAKE_MIN);
        if (intake == null || intake.status() != Status.MEASURED) {
            return new TargetResult("case-intake", target, intake == null ? "not run" : intake.note(), Verdict.NOT_MEASURED);
        }
        String actual = String.format(Locale.ROOT, "%,.0f alerts/s, %,d lost of %,d", intake.alertsPerSecond(),
                intake.lost(), intake.alerts());
        boolean met = intake.alertsPerSecond() >= INTAKE_MIN && intake.lost() == 0 && intake.deadLettered() == 0;
        return new TargetResult("case-intake", target, actual, met ? Verdict.MET : Verdict.MISSED);
    }

    static TargetResult trainer(TrainerResult trainer) {
        String target = String.format(Locale.ROOT, ">= %,.0f events/s trainer replay", TRAINER_EVENTS_PER_SECOND_MIN);
        if (trainer == null || trainer.status() != Status.MEASURED) {
            return new TargetResult("trainer-replay", target, trainer == null ? "not run" : trainer.note(),
                    Verdict.NOT_MEASURED);
        }
        String actual = String.format(Locale.ROOT, "%,.0f events/s", trainer.eventsPerSecond());
        return new TargetResult("trainer-replay", target, actual,
                trainer.eventsPerSecond() >= TRAINER_EVENTS_PER_SECOND_MIN ? Verdict.MET : Verdict.MISSED);
    }

    static TargetResult quotaIsolation(QuotaIsolationResult quota) {
        String target = "a tenant at 10x its quota gets 429s; another tenant's p99 beside it <= 1.5x its p99 beside "
                + "the same tenant at its quota (median round), zero errors";
        if (quota == null || quota.status() != Status.MEASURED) {
            return new TargetResult("quota-isolation", target, quota == null ? "not run" : quota.note(),
                    Verdict.NOT_MEASURED);
        }
        QuotaRound median = quota.medianRound();
        String actual = String.format(Locale.ROOT, "p99 %.2f ms beside 10x vs %.2f ms beside at quota (x%.2f; x%.2f "
                        + "to %.2f ms alone), %,d errors; %,d answers 429",
                median.quietBesideOverQuota().latencyMs().p99(), median.quietBesideAtQuota().latencyMs().p99(),
                quota.quietP99Ratio(), median.p99RatioToAlone(), median.quietAlone().latencyMs().p99(),
                quota.quietErrors(), quota.noisyTooManyRequests());
        boolean met = quota.noisyTooManyRequests() > 0 && quota.quietErrors() == 0
                && quota.quietP99Ratio() <= QUIET_P99_RATIO_MAX;
        return new TargetResult("quota-isolation", target, actual, met ? Verdict.MET : Verdict.MISSED);
    }

    static TargetResult batchThroughput(BatchResult batch) {
        String target = ">= 5,000 events/s in 1,000-event batches from one client, zero errors";
        if (batch == null || batch.status() != Status.MEASURED) {
            return new TargetResult("batch-throughput", target, batch == null ? "not run" : batch.note(),
                    Verdict.NOT_MEASURED);
        }
        BatchRunResult run = batch.run();
        String actual = String.format(Locale.ROOT, "%,.0f events/s in %,d-event batches (batch p99 %.0f ms), %,d "
                + "errors", run.eventsPerSecond(), run.batchEvents(), run.latencyMs().p99(), run.errors())
                + (run.degraded() > 0 ? String.format(Locale.ROOT, ", %,d degraded", run.degraded()) : "");
        boolean met = run.eventsPerSecond() >= BATCH_EVENTS_PER_SECOND_MIN && run.batchEvents() >= BATCH_EVENTS
                && run.errors() == 0 && run.degraded() == 0;
        return new TargetResult("batch-throughput", target, actual, met ? Verdict.MET : Verdict.MISSED);
    }

    static TargetResult burstRecovery(BurstRecoveryResult burst) {
        String target = "back to normal p99 within 5 s after a 10-s burst at 2x the sustainable rate";
        if (burst == null || burst.status() != Status.MEASURED) {
            return new TargetResult("burst-recovery", target, burst == null ? "not run" : burst.note(),
                    Verdict.NOT_MEASURED);
        }
        BurstRunResult run = burst.run();
        String recovery = run.recoverySeconds() == null
                ? String.format(Locale.ROOT, "not back to normal within the %d s after the burst", run.plan().afterSeconds())
                : String.format(Locale.ROOT, "back to normal %d s after the burst", run.recoverySeconds());
        String actual = String.format(Locale.ROOT, "%s (per-second p99 <= %.2f ms, all 2xx); during the %d-s burst "
                        + "at %,.0f/s %,d of %,d answered 2xx%s", recovery, run.normalP99BoundMs(),
                run.plan().burstSeconds(), run.plan().burstRate(), run.burstOk(), run.burstRequests(),
                run.burstErrors().isEmpty() ? "" : ", " + outcomes(run.burstErrors()));
        if (run.plan().burstSeconds() < BURST_SECONDS_MIN) {
            return new TargetResult("burst-recovery", target, "a shorter burst than the target's: " + actual,
                    Verdict.NOT_MEASURED);
        }
        boolean met = run.recoverySeconds() != null && run.recoverySeconds() <= BURST_RECOVERY_SECONDS_MAX;
        return new TargetResult("burst-recovery", target, actual, met ? Verdict.MET : Verdict.MISSED);
    }

    /** e.g. {@code 503: 1,200, timeout: 3}. */
    static String outcomes(Map<String, Long> byOutcome) {
        return byOutcome.entrySet().stream().map(e -> String.format(Locale.ROOT, "%s: %,d", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
    }
}
