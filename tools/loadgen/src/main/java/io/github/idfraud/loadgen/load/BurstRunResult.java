package io.github.idfraud.loadgen.load;

import java.util.List;
import java.util.Map;

/**
 * What a {@link BurstPlan} run measured: how the latency of each second's requests went through the burst, and how
 * long after it the service was back to normal.
 *
 * @param sustainedRate         the saturation search's sustained rate the burst doubles
 * @param connections           keep-alive connections the generator had (requests beyond them waited for one)
 * @param timeoutSeconds        how long a request waited for a connection, then for its answer, before it failed
 * @param beforeMs              the requests before the burst, all together: the service's normal latency
 * @param normalP99BoundMs      a second is normal with its p99 at most this: {@link BurstTally#NORMAL_P99_FACTOR} times
 *                              the p99 before the burst, and never below the p99 target's limit
 * @param abnormalSecondsBefore seconds before the burst that were not normal: the run's noise without a burst
 * @param recoverySeconds       whole seconds from the burst's end until every later second of the run was normal (0:
 *                              the first second after it already was); null when the run's last second was not
 * @param burstErrors           the burst's requests not answered 2xx, by answer (the service's refusals are 503s)
 * @param afterErrors           the same for the requests after the burst
 * @param degraded              2xx answers scored without the feature windows, the whole run
 * @param seconds               every second of the run, in order
 */
public record BurstRunResult(BurstPlan plan, double sustainedRate, int connections, double timeoutSeconds,
                             LatencySummary beforeMs, double normalP99BoundMs, int abnormalSecondsBefore,
                             Integer recoverySeconds, long burstRequests, long burstOk, Map<String, Long> burstErrors,
                             long afterRequests, long afterOk, Map<String, Long> afterErrors, long degraded,
                             List<BurstSecond> seconds) {
}
