package io.github.idfraud.loadgen.suite;

import io.github.idfraud.harness.ServiceProcess;
import io.github.idfraud.loadgen.measure.CpuCost;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/** Reads the CPU the scoring service and the Redis nodes have used, so a stretch of load can be costed. */
final class CpuMeter {

    /** CPU counters at one moment. */
    record Reading(long nanos, double serviceCpuSeconds, Map<String, Double> redisCpuSecondsByNode) {
    }

    private final ServiceProcess service;
    private final Supplier<Map<String, Double>> redisCpuSecondsByNode;

    /** @param redisCpuSecondsByNode each Redis node's CPU seconds since it started, by {@code host:port} */
    CpuMeter(ServiceProcess service, Supplier<Map<String, Double>> redisCpuSecondsByNode) {
        this.service = service;
        this.redisCpuSecondsByNode = redisCpuSecondsByNode;
    }

    Reading read() {
        return new Reading(System.nanoTime(), service.cpuTime().toNanos() / 1e9, redisCpuSecondsByNode.get());
    }

    /** The cost of what ran between two readings; a node missing from either reading is left out. */
    static CpuCost between(String what, Reading before, Reading after, long events) {
        Map<String, Double> redis = new TreeMap<>();
        after.redisCpuSecondsByNode().forEach((node, cpu) -> {
            Double earlier = before.redisCpuSecondsByNode().get(node);
            if (earlier != null) {
                redis.put(node, cpu - earlier);
            }
        });
        return new CpuCost(what, events, (after.nanos() - before.nanos()) / 1e9,
                after.serviceCpuSeconds() - before.serviceCpuSeconds(), redis);
    }
}
