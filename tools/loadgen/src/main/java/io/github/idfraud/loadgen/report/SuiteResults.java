package io.github.idfraud.loadgen.report;

import io.github.idfraud.loadgen.load.RunResult;
import io.github.idfraud.loadgen.load.SaturationResult;
import io.github.idfraud.loadgen.measure.BatchResult;
import io.github.idfraud.loadgen.measure.BurstRecoveryResult;
import io.github.idfraud.loadgen.measure.CaseIntakeResult;
import io.github.idfraud.loadgen.measure.CpuCost;
import io.github.idfraud.loadgen.measure.MemoryResult;
import io.github.idfraud.loadgen.measure.QuotaIsolationResult;
import io.github.idfraud.loadgen.measure.TrainerResult;
import io.github.idfraud.loadgen.suite.MachineInfo;
import io.github.idfraud.loadgen.suite.SuiteSettings;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Everything one suite run measured: the content of {@code bench-results/results.json}.
 *
 * @param ceilingShare service's sustained rate / baseline's sustained rate; null when the baseline was not measured
 * @param fixedRunsCpu CPU per event of the scoring service and each Redis node over the fixed-rate runs; null in
 *                     results written before it was measured
 * @param quotaIsolation null in results written before the quota phase existed
 * @param batchThroughput null in results written before the batch phase existed
 * @param burstRecovery null in results written before the burst phase existed
 * @param notes        anything the reader should know about this run (clean-up, skipped parts)
 */
public record SuiteResults(
        int schemaVersion,
        String mode,
        Instant startedAt,
        Instant finishedAt,
        double durationSeconds,
        MachineInfo machine,
        SuiteSettings settings,
        String serviceCommand,
        EventMix eventMix,
        List<RunResult> fixedRuns,
        List<RunResult> baselineRuns,
        SaturationResult serviceSaturation,
        SaturationResult baselineSaturation,
        Double ceilingShare,
        CpuCost fixedRunsCpu,
        MemoryResult redisMemory,
        TrainerResult trainerReplay,
        CaseIntakeResult caseIntake,
        QuotaIsolationResult quotaIsolation,
        BatchResult batchThroughput,
        BurstRecoveryResult burstRecovery,
        List<TargetResult> targets,
        List<String> notes) {

    public static final int SCHEMA_VERSION = 1;
    private static final DateTimeFormatter ALONE_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /**
     * These results with the quota isolation measured on its own ({@code ./bench --only quota}) in place of theirs,
     * and the targets evaluated again.
     */
    public SuiteResults withQuotaIsolation(QuotaIsolationResult quota) {
        return with(redisMemory, trainerReplay, caseIntake, quota, batchThroughput, burstRecovery);
    }

    /** The same for the batch throughput ({@code ./bench --only batch}). */
    public SuiteResults withBatchThroughput(BatchResult batch) {
        return with(redisMemory, trainerReplay, caseIntake, quotaIsolation, batch, burstRecovery);
    }

    /** The same for the Redis memory per identity ({@code ./bench --only memory}). */
    public SuiteResults withRedisMemory(MemoryResult memory) {
        return with(memory, trainerReplay, caseIntake, quotaIsolation, batchThroughput, burstRecovery);
    }

    /** The same for the trainer's replay ({@code ./bench --only trainer}). */
    public SuiteResults withTrainerReplay(TrainerResult trainer) {
        return with(redisMemory, trainer, caseIntake, quotaIsolation, batchThroughput, burstRecovery);
    }

    /** The same for the case service's intake ({@code ./bench --only cases}). */
    public SuiteResults withCaseIntake(CaseIntakeResult intake) {
        return with(redisMemory, trainerReplay, intake, quotaIsolation, batchThroughput, burstRecovery);
    }

    /** The same for the burst recovery ({@code ./bench --only burst}). */
    public SuiteResults withBurstRecovery(BurstRecoveryResult burst) {
        return with(redisMemory, trainerReplay, caseIntake, quotaIsolation, batchThroughput, burst);
    }

    /**
     * These results with a note that {@code phase}'s figures come from {@code ./bench --only <phase>} at {@code at}
     * rather than from this full run, in place of an earlier such note for the same phase.
     */
    public SuiteResults measuredAlone(String phase, Instant at) {
        String said = "The " + phase + " figures are from `./bench --only " + phase + "`";
        List<String> kept = new ArrayList<>(notes.stream().filter(note -> !note.startsWith(said)).toList());
        kept.add(said + " of " + ALONE_AT.format(at) + ", after this full run.");
        return new SuiteResults(schemaVersion, mode, startedAt, finishedAt, durationSeconds, machine, settings,
                serviceCommand, eventMix, fixedRuns, baselineRuns, serviceSaturation, baselineSaturation, ceilingShare,
                fixedRunsCpu, redisMemory, trainerReplay, caseIntake, quotaIsolation, batchThroughput, burstRecovery,
                targets, List.copyOf(kept));
    }

    private SuiteResults with(MemoryResult memory, TrainerResult trainer, CaseIntakeResult intake,
                              QuotaIsolationResult quota, BatchResult batch, BurstRecoveryResult burst) {
        return new SuiteResults(schemaVersion, mode, startedAt, finishedAt, durationSeconds, machine, settings,
                serviceCommand, eventMix, fixedRuns, baselineRuns, serviceSaturation, baselineSaturation, ceilingShare,
                fixedRunsCpu, memory, trainer, intake, quota, batch, burst, Targets.evaluate(fixedRuns,
                serviceSaturation, baselineSaturation, ceilingShare, memory, intake, quota, batch, burst, trainer), notes);
    }
}
