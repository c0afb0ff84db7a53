package io.github.idfraud.loadgen.measure;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.TreeMap;

/**
 * What scored events cost in CPU over a stretch of steady load: the scoring service's JVM and each Redis node (the
 * single server, or each primary of a cluster), as the operating system and Redis count it. The figures an operator
 * sizes pods and shards with; the load generator's own CPU is not in them.
 *
 * @param what                  the stretch measured, e.g. the fixed-rate runs
 * @param events                events answered in it
 * @param seconds               its wall-clock length
 * @param serviceCpuSeconds     CPU the scoring service used in it
 * @param redisCpuSecondsByNode CPU each Redis node used in it, by {@code host:port}
 */
public record CpuCost(String what, long events, double seconds, double serviceCpuSeconds,
                      Map<String, Double> redisCpuSecondsByNode) {

    public CpuCost {
        redisCpuSecondsByNode = Map.copyOf(redisCpuSecondsByNode);
    }

    @JsonProperty("serviceMicrosPerEvent")
    public double serviceMicrosPerEvent() {
        return micros(serviceCpuSeconds);
    }

    /** Redis CPU per event over every node together. */
    @JsonProperty("redisMicrosPerEvent")
    public double redisMicrosPerEvent() {
        return micros(redisCpuSecondsByNode.values().stream().mapToDouble(Double::doubleValue).sum());
    }

    @JsonProperty("redisMicrosPerEventByNode")
    public Map<String, Double> redisMicrosPerEventByNode() {
        Map<String, Double> byNode = new TreeMap<>();
        redisCpuSecondsByNode.forEach((node, cpu) -> byNode.put(node, micros(cpu)));
        return byNode;
    }

    private double micros(double cpuSeconds) {
        return events == 0 ? 0 : Math.round(cpuSeconds * 1e6 / events * 10) / 10.0;
    }
}
