package io.github.idfraud.scoring.security;

import io.github.idfraud.scoring.service.ScoringMetrics;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Notices a bank whose traffic looks like probing rather than business: most of its recent events sent with
 * {@code explain=true} (reading features back, ADR 0012), or most of its recent labels naming no event it had scored
 * (guessing event ids). Each signal counts in {@code fraud_probe_suspected_total{tenant,signal}} every time a
 * tenant's window crosses it, and is logged at most once per {@link #LOG_EVERY} per tenant and signal. It blocks
 * nothing: quotas bound what a probe can read; this tells the operator whom to ask.
 */
@Singleton
public class ProbeDetector {

    /** What looks like probing, over how many of the tenant's latest requests, from which share on. */
    public enum Signal {
        EXPLAIN_SHARE("explain-share", 200, 0.5),
        UNKNOWN_LABELS("unknown-labels", 100, 0.5);

        final String tag;
        final int window;
        final double threshold;

        Signal(String tag, int window, double threshold) {
            this.tag = tag;
            this.window = window;
            this.threshold = threshold;
        }
    }

    static final Duration LOG_EVERY = Duration.ofMinutes(10);
    private static final Logger LOG = Logger.getLogger(ProbeDetector.class);

    private final ScoringMetrics metrics;
    private final Map<String, RecentShare> windows = new ConcurrentHashMap<>();

    ProbeDetector(ScoringMetrics metrics) {
        this.metrics = metrics;
    }

    /** One scored event of {@code tenant}; {@code explained} when it asked for the feature vector. */
    public void scored(String tenant, boolean explained) {
        observe(tenant, Signal.EXPLAIN_SHARE, explained);
    }

    /** One label of {@code tenant}; {@code unknownEvent} when it named no event the tenant had scored. */
    public void labelled(String tenant, boolean unknownEvent) {
        observe(tenant, Signal.UNKNOWN_LABELS, unknownEvent);
    }

    private void observe(String tenant, Signal signal, boolean suspicious) {
        RecentShare window = windows.computeIfAbsent(tenant + '\n' + signal.name(), key -> new RecentShare(signal.window));
        RecentShare.Crossing crossing = window.add(suspicious, signal.threshold, System.nanoTime(), LOG_EVERY);
        if (crossing == RecentShare.Crossing.NONE) {
            return;
        }
        metrics.probeSuspected(tenant, signal.tag);
        if (crossing == RecentShare.Crossing.CROSSED_AND_LOG) {
            LOG.warnf("tenant %s: traffic looks like probing (%s: over %.0f%% of its last %d requests)", tenant,
                    signal.tag, signal.threshold * 100, signal.window);
        }
    }
}
