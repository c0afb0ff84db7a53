package io.github.idfraud.scoring.redis;

import io.github.idfraud.contract.ErrorSummary;
import io.github.idfraud.features.redis.DeadStateValues;
import io.github.idfraud.scoring.config.ScoringConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Deletes the identifier values past their deadline from every bucket on every primary, once per
 * {@code fraud.feature-sweep-every} (ADR 0015): the writes sweep the buckets they reach, this bounds how long a dead
 * value stays in one seldom written. Each replica runs it; the work is idempotent, and a walk still running skips the
 * next tick.
 */
@Singleton
public class DeadValueSweeper {

    private static final Logger LOG = Logger.getLogger(DeadValueSweeper.class);

    private final Primaries primaries;
    private final Vertx vertx;
    private final String prefix;
    private final Duration every;
    private final AtomicBoolean sweeping = new AtomicBoolean();
    private long timer = -1;

    DeadValueSweeper(Primaries primaries, Vertx vertx, ScoringConfig config) {
        this.primaries = primaries;
        this.vertx = vertx;
        this.prefix = config.featureKeyPrefix();
        this.every = config.featureSweepEvery();
    }

    void start(@Observes StartupEvent event) {
        timer = vertx.setPeriodic(Math.max(1_000, every.toMillis()), id -> sweepInBackground());
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    private void sweepInBackground() {
        if (!sweeping.compareAndSet(false, true)) {
            return;
        }
        vertx.executeBlocking(this::sweep, false).onComplete(ar -> {
            sweeping.set(false);
            if (ar.failed()) {
                LOG.warnf("sweep of dead identifier values failed (next in %s): %s", every, ErrorSummary.of(ar.cause()));
            } else if (ar.result() > 0) {
                LOG.infof("swept %d dead identifier values", ar.result());
            }
        });
    }

    /** One walk of every bucket on every primary; returns how many dead values it deleted. Blocking. */
    public long sweep() {
        return primaries.sum(connection -> DeadStateValues.sweep(connection, prefix, System.currentTimeMillis() / 1000));
    }
}
