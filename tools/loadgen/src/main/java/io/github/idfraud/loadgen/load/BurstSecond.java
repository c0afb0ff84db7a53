package io.github.idfraud.loadgen.load;

import java.util.Map;

/**
 * One second of a {@link BurstPlan} run: the requests intended in it, whenever they were answered.
 *
 * @param second    from the run's start, from 0
 * @param errors    the requests not answered 2xx, by answer ({@code 503}, {@code timeout}, ...)
 * @param degraded  2xx answers scored without the feature windows
 * @param latencyMs from each request's intended send time to its answer, errors included
 * @param normal    whether the second was served normally: every request answered 2xx, none degraded, and the p99
 *                  within the run's normal bound ({@link BurstRunResult#normalP99BoundMs()})
 */
public record BurstSecond(int second, BurstPlan.Part part, long requests, long ok, long degraded,
                          Map<String, Long> errors, LatencySummary latencyMs, boolean normal) {
}
