package io.github.idfraud.harness;

import org.HdrHistogram.Histogram;

/**
 * A run so far, reported once a second.
 *
 * @param timedSent      timed requests released so far
 * @param elapsedSeconds since the run started
 * @param latencyMicros  latency of the timed requests answered so far; read it during the call only
 * @param latestMicros   latency of those answered since the previous report (a stall shows here, where the running
 *                       figure hides it); read it during the call only
 */
public record Progress(long timedSent, double elapsedSeconds, Histogram latencyMicros, Histogram latestMicros) {
}
