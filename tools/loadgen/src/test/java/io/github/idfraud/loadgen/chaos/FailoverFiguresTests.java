package io.github.idfraud.loadgen.chaos;

import io.github.idfraud.loadgen.redis.RedisClusterProcess;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.idfraud.harness.Answer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FailoverFiguresTests {

    private static final double RATE = 10;
    private static final long SECOND = 1_000_000_000L;

    @Test
    void degradedAnswersUntilThePromotionAndSlowSecondsAfterItShowAsTimesFromTheKill() {
        // 10 s at 10/s; the primary dies at 3 s, its replica serves from 5.5 s; answers are slow until 7 s.
        Answer[] first = new Answer[100];
        for (int i = 0; i < first.length; i++) {
            double at = i / RATE;
            boolean degraded = at >= 3 && at < 5.5;
            long micros = at >= 3 && at < 7 ? 400_000 : 10_000;
            first[i] = new Answer("200", degraded ? "{\"degraded\":true}" : "{\"degraded\":false}", micros);
        }
        long start = 1_000 * SECOND;
        RedisClusterProcess.Failover failover = new RedisClusterProcess.Failover("127.0.0.1:17100",
                "127.0.0.1:17103", start + 3 * SECOND, start + 5 * SECOND + SECOND / 2, start + 9 * SECOND);

        FailoverFigures figures = FailoverFigures.of(failover, first, RATE, start, Duration.ofSeconds(5));

        assertThat(figures.promotedAfterSeconds()).isEqualTo(2.5);
        assertThat(figures.rejoinedAfterSeconds()).isEqualTo(6.0);
        assertThat(figures.firstFullAfterKillSeconds()).isEqualTo(2.5);
        assertThat(figures.allFullAfterKillSeconds()).isEqualTo(3.0);
        assertThat(figures.p99BeforeKillMs()).isCloseTo(10.0, within(0.1));
        assertThat(figures.p99BackToNormalAfterKillSeconds()).isEqualTo(4.0);
        assertThat(figures.worstSecondP99Ms()).isCloseTo(400.0, within(1.0));
    }

    @Test
    void aRequestInFlightAtTheKillDoesNotSetWhatIsNormal() {
        Answer[] first = new Answer[50];
        for (int i = 0; i < first.length; i++) {
            first[i] = new Answer("200", "{}", i == 29 ? 3_000_000 : 20_000);
        }
        long start = 0;
        RedisClusterProcess.Failover failover = new RedisClusterProcess.Failover("a", "b", 3 * SECOND, 4 * SECOND,
                5 * SECOND);

        FailoverFigures figures = FailoverFigures.of(failover, first, RATE, start, Duration.ofSeconds(5));

        assertThat(figures.p99BeforeKillMs()).isCloseTo(20.0, within(0.1));
    }
}
