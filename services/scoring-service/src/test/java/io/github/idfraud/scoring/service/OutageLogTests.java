package io.github.idfraud.scoring.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OutageLogTests {

    private final AtomicLong now = new AtomicLong(1_000);
    private final OutageLog log = new OutageLog(now::get);
    private final Throwable refused = new ConnectException("Connection refused");

    @Test
    void anOutageWritesOneLinePerIntervalNotOnePerEvent() {
        long lines = IntStream.range(0, 5_000).filter(i -> log.degraded("bank-a", refused)).count();
        assertThat(lines).as("5,000 degraded events in one instant").isEqualTo(1);

        now.addAndGet(OutageLog.EVERY.toNanos() - 1);
        assertThat(log.degraded("bank-a", refused)).as("before the interval is over").isFalse();
        now.addAndGet(1);
        assertThat(log.degraded("bank-b", refused)).as("once the interval is over").isTrue();
        assertThat(log.degraded("bank-b", refused)).isFalse();
    }
}
