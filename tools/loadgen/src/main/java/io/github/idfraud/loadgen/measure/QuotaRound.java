package io.github.idfraud.loadgen.measure;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.idfraud.loadgen.load.RunResult;

/**
 * One round of the quota isolation phase: the quiet tenant at the same steady rate three times, alone, beside the
 * noisy tenant sending at its quota (a neighbour in normal operation), and beside it at ten times its quota.
 *
 * @param quietAlone           the quiet tenant with the service to itself
 * @param quietBesideAtQuota   the quiet tenant while the noisy one sends at its quota
 * @param noisyAtQuota         the noisy tenant's run concurrent with {@code quietBesideAtQuota}
 * @param quietBesideOverQuota the quiet tenant while the noisy one sends at ten times its quota
 * @param noisyOverQuota       the noisy tenant's run concurrent with {@code quietBesideOverQuota}
 */
public record QuotaRound(RunResult quietAlone, RunResult quietBesideAtQuota, RunResult noisyAtQuota,
                         RunResult quietBesideOverQuota, RunResult noisyOverQuota) {

    /**
     * The quiet tenant's p99 beside a neighbour over its quota, over its p99 beside the same neighbour within it:
     * what the excess costs others once the quota refuses it.
     */
    @JsonProperty("p99Ratio")
    public double p99Ratio() {
        return ratio(quietBesideOverQuota, quietBesideAtQuota);
    }

    /** The quiet tenant's p99 beside a neighbour over its quota, over its p99 alone. */
    @JsonProperty("p99RatioToAlone")
    public double p99RatioToAlone() {
        return ratio(quietBesideOverQuota, quietAlone);
    }

    private static double ratio(RunResult run, RunResult reference) {
        double p99 = reference.latencyMs().p99();
        return p99 <= 0 ? Double.NaN : Math.round(run.latencyMs().p99() / p99 * 100) / 100.0;
    }
}
