package io.github.idfraud.cases.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RetryBackoffTests {

    @Test
    void withoutJitterTheWaitDoublesUpToTheCap() {
        RetryBackoff backoff = new RetryBackoff(Duration.ofSeconds(30), Duration.ofMinutes(5), 0);

        assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(backoff.after(4)).isEqualTo(Duration.ofSeconds(240));
        assertThat(backoff.after(5)).isEqualTo(Duration.ofMinutes(5));
        assertThat(backoff.after(1_000)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void jitterOnlyShortensTheWaitAndSpreadsIt() {
        RetryBackoff backoff = new RetryBackoff(Duration.ofSeconds(30), Duration.ofHours(1), 0.25);

        long distinct = IntStream.range(0, 200).mapToObj(i -> backoff.after(3)).distinct().count();
        for (int i = 0; i < 200; i++) {
            assertThat(backoff.after(3)).isBetween(Duration.ofSeconds(90), Duration.ofSeconds(120));
            assertThat(backoff.after(20)).isBetween(Duration.ofMinutes(45), Duration.ofHours(1));
        }
        assertThat(distinct).isGreaterThan(10);
    }

    @Test
    void jitterMustLeaveSomeWait() {
        assertThatThrownBy(() -> new RetryBackoff(Duration.ofSeconds(1), Duration.ofSeconds(2), 1))
                .hasMessageContaining("jitter must be in [0, 1)");
    }
}
