package io.github.idfraud.loadgen.suite;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * What a suite run does; written into the results so every figure carries its conditions. Durations in seconds.
 *
 * @param mode                {@code full} or {@code quick} (the smoke run CI uses)
 * @param fixedRates          fixed arrival rates against {@code /v1/events}, events per second
 * @param baselineRates       fixed rates against the baseline endpoint, for a latency comparison
 * @param poolIdentities      simulated people behind the event mix
 * @param poolDays            simulated days of the event pool (later passes are shifted in event time)
 * @param maxConnections      keep-alive connections the generator may open per endpoint
 * @param saturationP99BoundMs a saturation step with a higher p99 is not sustained
 * @param quotaRounds         rounds of the quota isolation phase (its verdict is on the median round); null in results
 *                            written before it ran in rounds
 * @param redisUrl            the Redis used, without credentials
 */
public record SuiteSettings(
        String mode,
        List<Double> fixedRates,
        double runSeconds,
        List<Double> baselineRates,
        double warmupRate,
        double warmupSeconds,
        double saturationStartRate,
        double saturationFactor,
        double saturationStepSeconds,
        double saturationP99BoundMs,
        int saturationMaxSteps,
        int maxConnections,
        double requestTimeoutSeconds,
        long seed,
        int poolIdentities,
        int poolDays,
        int memoryIdentities,
        int trainerIdentities,
        int trainerDays,
        int caseAlerts,
        Integer quotaRounds,
        String redisUrl) {

    /** Whether the run was on a Redis Cluster: its URL is then the seed URLs, comma-separated. */
    @JsonIgnore
    public boolean onCluster() {
        return redisUrl.contains(",");
    }
}
