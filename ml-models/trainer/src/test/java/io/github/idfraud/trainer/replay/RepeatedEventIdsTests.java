package io.github.idfraud.trainer.replay;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RepeatedEventIdsTests {

    @Test
    void remembersEveryPairPastManyGrowthsAndNoOther() {
        RepeatedEventIds ids = new RepeatedEventIds();
        for (int i = 0; i < 300_000; i++) {
            ids.add("bank-" + (i % 3), "evt-" + i);
        }
        for (int i = 0; i < 300_000; i++) {
            assertThat(ids.contains("bank-" + (i % 3), "evt-" + i)).isTrue();
        }
        assertThat(ids.contains("bank-1", "evt-0")).as("the same id at another tenant").isFalse();
        assertThat(ids.contains("bank-0", "evt-300000")).isFalse();
    }

    @Test
    void tenantAndIdAreKeptApart() {
        RepeatedEventIds ids = new RepeatedEventIds();
        ids.add("ab", "c");
        assertThat(ids.contains("a", "bc")).isFalse();
        assertThat(ids.contains("ab", "c")).isTrue();
    }
}
