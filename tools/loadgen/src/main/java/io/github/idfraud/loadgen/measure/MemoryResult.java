package io.github.idfraud.loadgen.measure;

import java.util.Map;

/**
 * Redis memory per tracked identity: the sum of {@code MEMORY USAGE} over every key the feature engine wrote for
 * {@code identities} synthetic people, divided by their number.
 *
 * @param usedMemoryDeltaPerIdentity growth of INFO used_memory per identity, a cross-check that includes Redis'
 *                                   own per-key overhead in its dictionaries
 * @param bytesPerIdentityByKind     the same figure split by identifier kind (national ID, device, ...)
 * @param bytesPerIdentityByStructure split by structure: window hash, daily HyperLogLogs, label set
 */
public record MemoryResult(Status status, String note, int identities, long events, long labels, long keys,
                           long totalBytes, double bytesPerIdentity, double keysPerIdentity,
                           double usedMemoryDeltaPerIdentity, Map<String, Double> bytesPerIdentityByKind,
                           Map<String, Double> bytesPerIdentityByStructure, double seconds) {

    public static MemoryResult notMeasured(Status status, String note) {
        return new MemoryResult(status, note, 0, 0, 0, 0, 0, 0, 0, 0, Map.of(), Map.of(), 0);
    }
}
