package io.github.idfraud.loadgen.measure;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.idfraud.loadgen.load.RunResult;
import java.time.Instant;

/**
 * Quota isolation on one scoring pod (issue 15): a quiet tenant at a steady rate, alone and then while a noisy
 * tenant sends at ten times its quota. Latencies of each run in {@link RunResult#latencyMs()}.
 *
 * @param quietTenant        the tenant at the steady rate, with an ample quota
 * @param noisyTenant        the tenant sending above its quota
 * @param noisyQuota         the noisy tenant's quota, events per second (FRAUD_QUOTA_TENANTS); its burst is spent
 *                           before the measured runs
 * @param quietAlone         the quiet tenant alone
 * @param quietBesideNoisy   the quiet tenant at the same rate while the noisy tenant sends
 * @param noisy              the noisy tenant's run, concurrent with {@code quietBesideNoisy}
 * @param measuredAt         when the phase ended (it may be measured on its own: {@code ./bench --only quota})
 */
public record QuotaIsolationResult(Status status, String note, String quietTenant, String noisyTenant,
                                   long noisyQuota, RunResult quietAlone, RunResult quietBesideNoisy, RunResult noisy,
                                   Instant measuredAt) {

    public static QuotaIsolationResult notMeasured(Status status, String note) {
        return new QuotaIsolationResult(status, note, null, null, 0, null, null, null, null);
    }

    /** The quiet tenant's p99 beside the noisy one over its p99 alone; null when not measured. */
    @JsonProperty("quietP99Ratio")
    public Double quietP99Ratio() {
        if (status != Status.MEASURED || quietAlone.latencyMs().p99() <= 0) {
            return null;
        }
        return Math.round(quietBesideNoisy.latencyMs().p99() / quietAlone.latencyMs().p99() * 100) / 100.0;
    }

    /** How many of the noisy tenant's requests were answered 429 (over quota). */
    @JsonProperty("noisyTooManyRequests")
    public long noisyTooManyRequests() {
        return noisy == null ? 0 : noisy.outcomes().getOrDefault("429", 0L);
    }
}
