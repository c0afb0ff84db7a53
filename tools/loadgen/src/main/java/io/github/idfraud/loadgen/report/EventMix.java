package io.github.idfraud.loadgen.report;

import java.util.Map;

/** The simulated traffic the load runs cycle through. */
public record EventMix(int identities, int days, int events, Map<String, Long> byType, String note) {
}
