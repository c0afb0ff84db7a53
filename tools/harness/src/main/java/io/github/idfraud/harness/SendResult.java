package io.github.idfraud.harness;

import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * What an open-loop run of timed requests measured (untimed ones are left out).
 *
 * @param requests      timed requests sent
 * @param ok            of those, 2xx answers
 * @param outcomes      answers by {@link Answer#outcome()}
 * @param achievedRate  2xx answers per second, from the run's start to the last answer
 * @param latencyMicros from each request's intended send time to its answer
 * @param sendLagMicros how late the sender released each request: its own punctuality
 */
public record SendResult(long requests, long ok, Map<String, Long> outcomes, double achievedRate,
                         Histogram latencyMicros, Histogram sendLagMicros) {

    public long errors() {
        return requests - ok;
    }
}
