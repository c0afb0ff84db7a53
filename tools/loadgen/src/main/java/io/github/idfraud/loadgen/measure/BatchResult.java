package io.github.idfraud.loadgen.measure;

import io.github.idfraud.loadgen.load.BatchRunResult;
import java.time.Instant;

/**
 * Batch throughput on one scoring pod: one client posting batches of one tenant's events to
 * {@code /v1/events:batch}, each when the last was answered.
 *
 * @param tenant     whose events and key the batches carry
 * @param run        the measured run (the warm-up before it is not kept)
 * @param measuredAt when the phase ended (it may be measured on its own: {@code ./bench --only batch})
 */
public record BatchResult(Status status, String note, String tenant, BatchRunResult run, Instant measuredAt) {

    public static BatchResult notMeasured(Status status, String note) {
        return new BatchResult(status, note, null, null, null);
    }
}
