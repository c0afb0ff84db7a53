package io.github.idfraud.loadgen.measure;

import io.github.idfraud.loadgen.load.BurstRunResult;
import java.time.Instant;

/**
 * Recovery from a burst on one scoring pod: steady traffic, a burst at twice the sustained rate, steady traffic
 * again, and how long after the burst each second's requests were served normally again.
 *
 * @param run        the measured run; null when not measured
 * @param measuredAt when the phase ended (it may be measured on its own: {@code ./bench --only burst})
 */
public record BurstRecoveryResult(Status status, String note, BurstRunResult run, Instant measuredAt) {

    public static BurstRecoveryResult notMeasured(Status status, String note) {
        return new BurstRecoveryResult(status, note, null, null);
    }
}
