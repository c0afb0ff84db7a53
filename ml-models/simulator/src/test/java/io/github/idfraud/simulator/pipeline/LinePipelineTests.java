package io.github.idfraud.simulator.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.idfraud.contract.EventLogLine;
import io.github.idfraud.simulator.SimulationConfig;
import io.github.idfraud.simulator.Simulator;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinePipelineTests {

    @Test
    void aFailingSinkStopsTheRunWithItsOwnException() {
        List<EventLogLine> seen = new ArrayList<>();
        var simulator = new Simulator(SimulationConfig.defaults(1, 10, 300));

        assertThatThrownBy(() -> simulator.run(line -> {
            if (seen.size() == 5_000) {
                throw new UncheckedIOException(new java.io.IOException("disk full"));
            }
            seen.add(line);
        })).isInstanceOf(UncheckedIOException.class).hasMessageContaining("disk full");
        assertThat(seen).hasSize(5_000);
    }

    @Test
    void aFailingGeneratorReachesTheCaller() {
        assertThatThrownBy(() -> LinePipeline.run(sink -> {
            throw new IllegalStateException("generator broke");
        }, line -> { })).isInstanceOf(IllegalStateException.class).hasMessage("generator broke");
    }

    @Test
    void theSinkIsCalledOnTheCallersThread() {
        Thread caller = Thread.currentThread();

        new Simulator(SimulationConfig.defaults(1, 3, 50)).run(line -> assertThat(Thread.currentThread()).isSameAs(caller));
    }
}
