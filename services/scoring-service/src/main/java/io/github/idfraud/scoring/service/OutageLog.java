package io.github.idfraud.scoring.service;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.jboss.logging.Logger;

/**
 * The log of events scored without their feature windows: while Redis is out every event is, so one WARN line per
 * {@link #EVERY} says how many were since the last line (./chaos logged 500 lines a second, one per event). The
 * {@code fraud_decisions_degraded_total} counter has the exact figure.
 */
@Singleton
public class OutageLog {

    static final Duration EVERY = Duration.ofSeconds(10);
    private static final Logger LOG = Logger.getLogger(OutageLog.class);

    private final LongSupplier nanoTime;
    private final AtomicLong nextLineAt;
    private final AtomicLong unlogged = new AtomicLong();

    @Inject
    OutageLog() {
        this(System::nanoTime);
    }

    OutageLog(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        this.nextLineAt = new AtomicLong(nanoTime.getAsLong());
    }

    /** Notes one degraded answer; returns whether this one was written as a line. */
    boolean degraded(String tenant, Throwable cause) {
        long now = nanoTime.getAsLong();
        long due = nextLineAt.get();
        if (now - due >= 0 && nextLineAt.compareAndSet(due, now + EVERY.toNanos())) {
            long since = unlogged.getAndSet(0);
            LOG.warnf("scoring without feature windows (tenant %s): %s%s", tenant, cause.toString(),
                    since == 0 ? "" : "; " + since + " more events since the last line");
            return true;
        }
        unlogged.incrementAndGet();
        return false;
    }
}
