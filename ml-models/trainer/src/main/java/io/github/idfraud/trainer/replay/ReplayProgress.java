package io.github.idfraud.trainer.replay;

import java.io.PrintStream;
import java.time.Instant;
import java.util.Locale;

/** Prints replay progress every few seconds: events done, rate, ETA, in-flight depth and the log time reached. */
public final class ReplayProgress {

    private static final long INTERVAL_NANOS = 2_000_000_000L;
    private static final int MAX_SKIP_MESSAGES = 5;

    private final PrintStream out;
    private final long expectedEvents;
    private final long started = System.nanoTime();
    private long lastPrint = started;
    private long lastEvents;
    private int skipMessages;

    /** @param expectedEvents events the replay will go through (for the ETA), 0 when unknown */
    public ReplayProgress(PrintStream out, long expectedEvents) {
        this.out = out;
        this.expectedEvents = expectedEvents;
    }

    void tick(long events, long labels, int inFlight, Instant logTime) {
        if (((events + labels) & 1023) != 0) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastPrint < INTERVAL_NANOS) {
            return;
        }
        double rate = (events - lastEvents) / ((now - lastPrint) / 1e9);
        double overall = events / ((now - started) / 1e9);
        String eta = expectedEvents > 0 ? Eta.format((expectedEvents - events) / overall) : "?";
        out.printf(Locale.ROOT, "  replay: %,d of %,d events, %,d labels, %,.0f events/s, ETA %s, %d in flight, log time %s%n",
                events, expectedEvents, labels, rate, eta, inFlight, logTime);
        lastPrint = now;
        lastEvents = events;
    }

    void skipped(EventKey key, RuntimeException e) {
        if (skipMessages++ < MAX_SKIP_MESSAGES) {
            out.println("  skipped event " + key.tenant() + "/" + key.eventId() + ": " + e);
        }
    }

    /**
     * @param readerBusy  CPU seconds of the reading thread per second of replay
     * @param processBusy CPU seconds of the whole trainer JVM per second of replay: well below the cores available
     *                    means the trainer waits for Redis
     */
    void done(long events, long labels, double seconds, double readerBusy, double processBusy) {
        out.printf(Locale.ROOT, "  replay done: %,d events and %,d labels in %.1f s (%,.0f events/s; CPU of the trainer: "
                        + "reading thread %.0f%%, whole JVM %.0f%% of one core)%n", events, labels, seconds,
                events / Math.max(seconds, 1e-9), readerBusy * 100, processBusy * 100);
    }
}
