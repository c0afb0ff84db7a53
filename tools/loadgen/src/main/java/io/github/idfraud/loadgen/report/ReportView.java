package io.github.idfraud.loadgen.report;

import io.github.idfraud.loadgen.load.BatchRunResult;
import io.github.idfraud.loadgen.load.BurstPlan;
import io.github.idfraud.loadgen.load.BurstRunResult;
import io.github.idfraud.loadgen.load.BurstTally;
import io.github.idfraud.loadgen.load.LatencySummary;
import io.github.idfraud.loadgen.load.RunResult;
import io.github.idfraud.loadgen.load.SaturationResult;
import io.github.idfraud.loadgen.load.SaturationStep;
import io.github.idfraud.loadgen.measure.BatchResult;
import io.github.idfraud.loadgen.measure.BurstRecoveryResult;
import io.github.idfraud.loadgen.measure.CaseIntakeResult;
import io.github.idfraud.loadgen.measure.CpuCost;
import io.github.idfraud.loadgen.measure.MemoryResult;
import io.github.idfraud.loadgen.measure.QuotaIsolationResult;
import io.github.idfraud.loadgen.measure.QuotaRound;
import io.github.idfraud.loadgen.measure.Status;
import io.github.idfraud.loadgen.measure.TrainerResult;
import io.github.idfraud.loadgen.suite.MachineInfo;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A suite run as the strings {@code templates/bench-report.md} shows: every figure formatted here (Locale.ROOT,
 * table cells escaped), every sentence and table in the template. A null part is left out.
 *
 * @param resultsPath the results file from the repository root, as the link text
 * @param resultsLink the results file relative to the document the report goes into
 * @param decisions   what the fixed-rate scoring runs answered; null when they answered nothing
 * @param saturation  null when no saturation search ran
 * @param cpu         CPU per event over the fixed-rate runs, as a sentence; null when not measured
 * @param quota       null when the results have no quota phase (written before it existed)
 * @param batch       null when the results have no batch phase (written before it existed)
 * @param burst       null when the results have no burst phase (written before it existed)
 * @param mix         null when the results have no event mix
 * @param notes       the notes as one paragraph; null when there are none
 */
public record ReportView(boolean quick, String startedAt, String minutes, String resultsPath, String resultsLink,
                         String machine, String sharing, String loadAtStart, String loadAtEnd, List<TargetRow> targets,
                         List<RunRow> runs, Decisions decisions, Saturation saturation, String cpu, Memory memory,
                         Trainer trainer, Intake intake, Quota quota, Batch batch, Burst burst, Mix mix,
                         String notes) {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** One row of the targets table. */
    public record TargetRow(String target, String measured, String verdict) {
    }

    /** One row of the runs table; latencies in ms. */
    public record RunRow(String label, String target, String achieved, String requests, String errors, String p50,
                         String p90, String p99, String p999, String max) {
    }

    /** @param shares e.g. {@code ALLOW 74.0%, REVIEW 1.0%} */
    public record Decisions(String shares, String degraded) {
    }

    /**
     * @param baseline null when the baseline was not searched
     * @param share    the service's share of the ceiling in percent; null when unknown
     */
    public record Saturation(String p99Bound, String service, String baseline, String share, List<Steps> steps) {
    }

    /** The steps of one search, e.g. {@code 1,000/s ok (p99 13.58 ms) · 1,250/s ...}, and why it stopped. */
    public record Steps(String label, String steps, String stopped) {
    }

    /** A measurement that may be missing: then {@code failed} or not, and why in {@code note}. */
    public record Memory(boolean measured, boolean failed, String note, String bytesPerIdentity, String identities,
                         String keysPerIdentity, String usedMemoryGrowth, String byStructure, String byKind) {
    }

    /** @param cpu the CPU one event took in the trainer and in Redis, and the speed that allows; null when not printed */
    public record Trainer(boolean measured, boolean failed, String note, String eventsPerSecond, String events,
                          String seconds, String cpu) {
    }

    public record Intake(boolean measured, boolean failed, String note, String alertsPerSecond, String alerts,
                         String seconds, String cases, String lost, String deadLettered) {
    }

    /**
     * The quota isolation phase; latencies in ms.
     *
     * @param measuredAt set when the phase was measured on its own ({@code ./bench --only quota}), after the rest
     */
    public record Quota(boolean measured, boolean failed, String note, String quietTenant, String aloneP99,
                        String atQuotaP50, String atQuotaP99, String besideP50, String besideP99, String ratio,
                        String ratioToAlone, String roundRatios, String quietErrors, String noisyTenant,
                        String noisyQuota, String noisyAccepted, String tooManyRequests, String tooManyShare,
                        String noisyRequests, String measuredAt) {
    }

    /**
     * The batch throughput phase; latencies in ms.
     *
     * @param errors        events without a decision of their own
     * @param failedBatches the batches not answered 200, by answer (e.g. {@code 503: 1}); null when there are none
     * @param measuredAt    set when the phase was measured on its own ({@code ./bench --only batch}), after the rest
     */
    public record Batch(boolean measured, boolean failed, String note, String eventsPerSecond, String batchEvents,
                        String batches, String events, String seconds, String p50, String p99, String max,
                        String errors, String failedBatches, String degraded, String measuredAt) {

        static Batch notMeasured(boolean failed, String note) {
            return new Batch(false, failed, note, null, null, null, null, null, null, null, null, null, null, null,
                    null);
        }
    }

    /**
     * The burst recovery phase; latencies in ms.
     *
     * @param recovered   whether every second from some point after the burst to the run's end was normal
     * @param burstErrors the burst's requests not answered 2xx, by answer; null when there are none
     * @param afterErrors the same after the burst
     * @param burstSeries each second's p99 during the burst, a second that was not normal in bold
     * @param afterSeries the same after the burst
     * @param measuredAt  set when the phase was measured on its own ({@code ./bench --only burst}), after the rest
     */
    public record Burst(boolean measured, boolean failed, String note, boolean recovered, String recoverySeconds,
                        String afterSeconds, String normalBound, String factor, String beforeP99, String floor,
                        String abnormalBefore, String beforeSeconds, String burstOk, String burstRequests,
                        String burstOkRate, String burstErrors, String afterErrors, String degraded,
                        String burstSeries, String afterSeries, String measuredAt) {

        static Burst notMeasured(boolean failed, String note) {
            return new Burst(false, failed, note, false, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, null, null);
        }
    }

    public record Mix(String events, String identities, String days, String byType) {
    }

    /** @param resultsLink relative link to the results file from the document the report goes into */
    public static ReportView of(SuiteResults r, String resultsLink) {
        MachineInfo m = r.machine();
        return new ReportView("quick".equals(r.mode()), WHEN.format(r.startedAt()),
                format("%.1f", r.durationSeconds() / 60), resultsLink.replaceFirst("^(\\.\\./)+", ""), resultsLink,
                m.describe(), m.sharing(), format("%.2f", m.loadAverageAtStart()), format("%.2f", m.loadAverageAtEnd()),
                r.targets().stream().map(ReportView::target).toList(), runs(r), decisions(r.fixedRuns()),
                saturation(r), cpu(r.fixedRunsCpu()), memory(r.redisMemory()), trainer(r.trainerReplay(), m.cores()),
                intake(r.caseIntake()), quota(r), batch(r), burst(r), mix(r.eventMix()),
                r.notes().isEmpty() ? null : String.join(" ", r.notes()));
    }

    private static TargetRow target(TargetResult t) {
        String verdict = switch (t.verdict()) {
            case MET -> "met";
            case MISSED -> "**missed**";
            case NOT_MEASURED -> "not measured";
        };
        return new TargetRow(cell(t.target()), cell(t.actual()), verdict);
    }

    private static List<RunRow> runs(SuiteResults r) {
        List<RunRow> rows = new ArrayList<>();
        for (RunResult run : r.fixedRuns()) {
            rows.add(row("scoring `/v1/events`, " + rateAndSeconds(run), run));
        }
        for (RunResult run : r.baselineRuns()) {
            rows.add(row("baseline (ceiling), " + rateAndSeconds(run), run));
        }
        bestStep(r.serviceSaturation()).ifPresent(run -> rows.add(
                row("scoring, highest sustained saturation step, " + rateAndSeconds(run), run)));
        bestStep(r.baselineSaturation()).ifPresent(run -> rows.add(
                row("baseline, highest sustained saturation step, " + rateAndSeconds(run), run)));
        QuotaIsolationResult q = r.quotaIsolation();
        if (q != null && q.status() == Status.MEASURED) {
            QuotaRound m = q.medianRound();
            rows.add(row(format("quota (median round): %s alone, %s", q.quietTenant(), rateAndSeconds(m.quietAlone())),
                    m.quietAlone()));
            rows.add(row(format("quota: %s beside %s at its quota, %s", q.quietTenant(), q.noisyTenant(),
                    rateAndSeconds(m.quietBesideAtQuota())), m.quietBesideAtQuota()));
            rows.add(row(format("quota: %s at its %,d/s quota, %s", q.noisyTenant(), q.noisyQuota(),
                    rateAndSeconds(m.noisyAtQuota())), m.noisyAtQuota()));
            rows.add(row(format("quota: %s beside %s at 10x, %s", q.quietTenant(), q.noisyTenant(),
                    rateAndSeconds(m.quietBesideOverQuota())), m.quietBesideOverQuota()));
            rows.add(row(format("quota: %s at %.0fx its %,d/s quota, %s", q.noisyTenant(),
                    m.noisyOverQuota().targetRate() / q.noisyQuota(), q.noisyQuota(), rateAndSeconds(m.noisyOverQuota())),
                    m.noisyOverQuota()));
        }
        return rows;
    }

    private static java.util.Optional<RunResult> bestStep(SaturationResult saturation) {
        if (saturation == null) {
            return java.util.Optional.empty();
        }
        return saturation.steps().stream().filter(SaturationStep::sustained).map(SaturationStep::run)
                .filter(run -> run.targetRate() == saturation.sustainedRate()).findFirst();
    }

    private static RunRow row(String label, RunResult run) {
        LatencySummary l = run.latencyMs();
        return new RunRow(label, format("%,.0f/s", run.targetRate()), format("%,.1f/s", run.achievedRate()),
                format("%,d", run.requests()), errors(run), ms(l.p50()), ms(l.p90()), ms(l.p99()), ms(l.p999()),
                ms(l.max()));
    }

    /** What the fixed-rate scoring runs answered, all runs together. */
    private static Decisions decisions(List<RunResult> runs) {
        Map<String, Long> decisions = new TreeMap<>();
        long answered = 0;
        long degraded = 0;
        for (RunResult run : runs) {
            run.decisions().forEach((k, v) -> decisions.merge(k, v, Long::sum));
            answered += run.ok();
            degraded += run.degraded();
        }
        if (answered == 0) {
            return null;
        }
        long total = answered;
        return new Decisions(decisions.entrySet().stream()
                .map(e -> e.getKey() + " " + format("%.1f%%", 100.0 * e.getValue() / total))
                .collect(Collectors.joining(", ")), format("%,d", degraded));
    }

    private static Saturation saturation(SuiteResults r) {
        SaturationResult service = r.serviceSaturation();
        SaturationResult baseline = r.baselineSaturation();
        if (service == null) {
            return null;
        }
        List<Steps> steps = new ArrayList<>();
        steps.add(steps("Scoring steps", service));
        if (baseline != null) {
            steps.add(steps("Baseline steps", baseline));
        }
        return new Saturation(format("%.0f", service.p99BoundMs()), format("%,.0f", service.sustainedRate()),
                baseline == null ? null : format("%,.0f", baseline.sustainedRate()),
                baseline == null || r.ceilingShare() == null ? null : format("%.0f", r.ceilingShare() * 100), steps);
    }

    private static Steps steps(String label, SaturationResult saturation) {
        String steps = saturation.steps().stream().map(s -> format("%,.0f/s %s", s.run().targetRate(),
                s.sustained() ? format("ok (p99 %s ms)", ms(s.run().latencyMs().p99())) : "not sustained: " + s.verdict()))
                .collect(Collectors.joining(" · "));
        return new Steps(label, cell(steps), cell(saturation.stoppedBecause()));
    }

    private static Memory memory(MemoryResult mem) {
        if (mem == null || mem.status() != Status.MEASURED) {
            return new Memory(false, failed(mem == null ? null : mem.status()), cell(mem == null ? "not run" : mem.note()),
                    null, null, null, null, null, null);
        }
        return new Memory(true, false, mem.note(), format("%,.0f", mem.bytesPerIdentity()), format("%,d", mem.identities()),
                format("%.1f", mem.keysPerIdentity()), format("%,.0f", mem.usedMemoryDeltaPerIdentity()),
                bytes(mem.bytesPerIdentityByStructure()), bytes(mem.bytesPerIdentityByKind()));
    }

    private static Trainer trainer(TrainerResult trainer, int cores) {
        if (trainer == null || trainer.status() != Status.MEASURED) {
            return new Trainer(false, failed(trainer == null ? null : trainer.status()),
                    cell(trainer == null ? "not run" : trainer.note()), null, null, null, null);
        }
        Double bound = trainer.cpuBoundEventsPerSecond(cores);
        String cpu = bound == null ? null : format("CPU per event: the trainer's JVM %.1f µs, Redis %.1f µs; at that "
                        + "cost %d cores replay at most %,.0f events/s", trainer.trainerCpuMicrosPerEvent(),
                trainer.redisCpuMicrosPerEvent(), cores, bound);
        return new Trainer(true, false, trainer.note(), format("%,.0f", trainer.eventsPerSecond()),
                format("%,d", trainer.events()), format("%.1f", trainer.seconds()), cpu);
    }

    private static Intake intake(CaseIntakeResult intake) {
        if (intake == null || intake.status() != Status.MEASURED) {
            return new Intake(false, failed(intake == null ? null : intake.status()),
                    cell(intake == null ? "not run" : intake.note()), null, null, null, null, null, null);
        }
        return new Intake(true, false, intake.note(), format("%,.0f", intake.alertsPerSecond()),
                format("%,d", intake.alerts()), format("%.2f", intake.seconds()), format("%,d", intake.cases()),
                format("%,d", intake.lost()), format("%,d", intake.deadLettered()));
    }

    private static String cpu(CpuCost cpu) {
        if (cpu == null) {
            return null;
        }
        String byNode = cpu.redisMicrosPerEventByNode().size() < 2 ? "" : " (by node: "
                + cpu.redisMicrosPerEventByNode().entrySet().stream().map(node -> format("%s %,.0f µs",
                node.getKey().replaceFirst("^redis://", ""), node.getValue())).collect(Collectors.joining(", ")) + ")";
        return format("CPU per event over %s (%,d events in %.0f s): scoring service **%,.0f µs**, Redis **%,.0f µs**%s; "
                        + "the load generator's own CPU is not counted.", cpu.what(), cpu.events(), cpu.seconds(),
                cpu.serviceMicrosPerEvent(), cpu.redisMicrosPerEvent(), byNode);
    }

    private static Quota quota(SuiteResults r) {
        QuotaIsolationResult q = r.quotaIsolation();
        if (q == null) {
            return null;
        }
        if (q.status() != Status.MEASURED) {
            return new Quota(false, failed(q.status()), cell(q.note()), null, null, null, null, null, null, null,
                    null, null, null, null, null, null, null, null, null, null);
        }
        QuotaRound m = q.medianRound();
        LatencySummary atQuota = m.quietBesideAtQuota().latencyMs();
        LatencySummary beside = m.quietBesideOverQuota().latencyMs();
        RunResult noisy = m.noisyOverQuota();
        long tooMany = noisy.outcomes().getOrDefault("429", 0L);
        String roundRatios = q.rounds().stream().map(round -> format("x%.2f", round.p99Ratio()))
                .collect(Collectors.joining(", "));
        return new Quota(true, false, cell(q.note()), q.quietTenant(), ms(m.quietAlone().latencyMs().p99()),
                ms(atQuota.p50()), ms(atQuota.p99()), ms(beside.p50()), ms(beside.p99()),
                format("%.2f", q.quietP99Ratio()), format("%.2f", m.p99RatioToAlone()), roundRatios,
                format("%,d", q.quietErrors()), q.noisyTenant(), format("%,d", q.noisyQuota()),
                format("%,.1f", noisy.achievedRate()), format("%,d", tooMany), percent(tooMany, noisy.requests()),
                format("%,d", noisy.requests()), measuredOnItsOwn(q.measuredAt(), r));
    }

    private static Batch batch(SuiteResults r) {
        BatchResult b = r.batchThroughput();
        if (b == null) {
            return null;
        }
        if (b.status() != Status.MEASURED) {
            return Batch.notMeasured(failed(b.status()), cell(b.note()));
        }
        BatchRunResult run = b.run();
        LatencySummary l = run.latencyMs();
        String failedBatches = run.outcomes().entrySet().stream().filter(e -> !e.getKey().startsWith("2"))
                .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", "));
        return new Batch(true, false, cell(b.note()), format("%,.0f", run.eventsPerSecond()),
                format("%,d", run.batchEvents()), format("%,d", run.batches()), format("%,d", run.events()),
                format("%.1f", run.seconds()), ms(l.p50()), ms(l.p99()), ms(l.max()),
                format("%,d", run.errors()), failedBatches.isEmpty() ? null : failedBatches,
                format("%,d", run.degraded()), measuredOnItsOwn(b.measuredAt(), r));
    }

    private static Burst burst(SuiteResults r) {
        BurstRecoveryResult b = r.burstRecovery();
        if (b == null) {
            return null;
        }
        if (b.status() != Status.MEASURED) {
            return Burst.notMeasured(failed(b.status()), cell(b.note()));
        }
        BurstRunResult run = b.run();
        BurstPlan plan = run.plan();
        return new Burst(true, false, cell(b.note()), run.recoverySeconds() != null,
                run.recoverySeconds() == null ? null : format("%d", run.recoverySeconds()),
                format("%d", plan.afterSeconds()), ms(run.normalP99BoundMs()), format("%.0f", BurstTally.NORMAL_P99_FACTOR),
                ms(run.beforeMs().p99()), format("%.0f", Targets.P99_LIMIT_MS), format("%d", run.abnormalSecondsBefore()),
                format("%d", plan.beforeSeconds()), format("%,d", run.burstOk()), format("%,d", run.burstRequests()),
                format("%,.0f", run.burstOk() / (double) plan.burstSeconds()),
                run.burstErrors().isEmpty() ? null : Targets.outcomes(run.burstErrors()),
                run.afterErrors().isEmpty() ? null : Targets.outcomes(run.afterErrors()), format("%,d", run.degraded()),
                series(run, BurstPlan.Part.BURST), series(run, BurstPlan.Part.AFTER), measuredOnItsOwn(b.measuredAt(), r));
    }

    /** Each second's p99 in one part of a burst run, a second that was not normal in bold. */
    private static String series(BurstRunResult run, BurstPlan.Part part) {
        return run.seconds().stream().filter(s -> s.part() == part)
                .map(s -> s.normal() ? ms(s.latencyMs().p99()) : "**" + ms(s.latencyMs().p99()) + "**")
                .collect(Collectors.joining(", "));
    }

    /** When a phase was measured on its own after the run it was merged into; null when it was part of it. */
    private static String measuredOnItsOwn(Instant measuredAt, SuiteResults r) {
        return measuredAt != null && measuredAt.isAfter(r.finishedAt()) ? WHEN.format(measuredAt) : null;
    }

    private static Mix mix(EventMix mix) {
        if (mix == null) {
            return null;
        }
        return new Mix(format("%,d", mix.events()), format("%,d", mix.identities()), format("%d", mix.days()),
                mix.byType().entrySet().stream().map(e -> e.getKey() + " " + percent(e.getValue(), mix.events()))
                        .collect(Collectors.joining(", ")));
    }

    private static boolean failed(Status status) {
        return status == Status.FAILED;
    }

    private static String errors(RunResult run) {
        if (run.errors() == 0) {
            return "0";
        }
        return format("%,d (%s)", run.errors(), run.errorsByStatus().entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", ")));
    }

    private static String rateAndSeconds(RunResult run) {
        return format("%,.0f/s × %.0f s", run.targetRate(), run.durationSeconds());
    }

    /** Milliseconds: two decimals below 100, whole numbers from there. */
    private static String ms(double value) {
        return value >= 100 ? format("%,.0f", value) : format("%.2f", value);
    }

    /** Bytes per identity by part, largest first. */
    private static String bytes(Map<String, Double> perIdentity) {
        return perIdentity.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .map(e -> format("%s %,.0f B", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
    }

    private static String percent(long part, long whole) {
        return format("%.0f%%", 100.0 * part / Math.max(whole, 1));
    }

    /** Keeps a value inside one table cell. */
    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
