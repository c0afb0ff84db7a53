package io.github.idfraud.loadgen.suite;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchNamespaceTests {

    private final BenchNamespace current = new BenchNamespace("0a1b2c3d");

    @Test
    void recognisesWhatAnEarlierRunLeftAndNothingElse() {
        assertThat(current.isLeftover("bench-8a8b34d4:{d:Lr5c9lqlBIo0mDTD}:h:c:20734")).isTrue();
        assertThat(current.isLeftover("bench-mem-8a8b34d4:{n:abc}")).isTrue();
        assertThat(current.isLeftover("bench-alerts-8a8b34d4")).isTrue();
        assertThat(current.isLeftover("bench-case-alerts-dead-8a8b34d4")).isTrue();

        assertThat(current.isLeftover(current.featurePrefix() + "{d:x}")).as("this run's own keys").isFalse();
        assertThat(current.isLeftover(current.alertsStream())).isFalse();
        assertThat(current.isLeftover("bench-baseline:bank-a")).isFalse();
        assertThat(current.isLeftover("ff:{d:x}")).isFalse();
        assertThat(current.isLeftover("bench-alerts")).isFalse();
        assertThat(current.isLeftover("bench-notes-8a8b34d4")).isFalse();
    }

    @Test
    void namesAreUniquePerRun() {
        BenchNamespace other = BenchNamespace.random();
        assertThat(other.id()).hasSize(8).matches("[0-9a-f]{8}");
        assertThat(other.featurePrefix()).isEqualTo("bench-" + other.id() + ":");
        assertThat(other.caseDatabase()).matches("bench_cases_[0-9a-f]{8}");
    }
}
