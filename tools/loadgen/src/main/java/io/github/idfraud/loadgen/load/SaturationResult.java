package io.github.idfraud.loadgen.load;

import java.util.List;

/**
 * The outcome of a stepwise saturation search on one endpoint.
 *
 * @param sustainedRate the highest target rate that ran with zero errors, p99 within the bound and the achieved
 *                      rate within 5% of the target; 0 when even the first step failed
 * @param stoppedBecause why the search ended (the first step that was not sustained, or the step limit)
 */
public record SaturationResult(String endpoint, double p99BoundMs, double sustainedRate, String stoppedBecause,
                               List<SaturationStep> steps) {
}
