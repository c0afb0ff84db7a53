package io.github.idfraud.scoring.redis;

import io.github.idfraud.contract.ErrorSummary;
import io.github.idfraud.contract.RedisKeys;
import io.github.idfraud.features.redis.DeadStateValues;
import io.github.idfraud.scoring.config.ScoringConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Response;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Deletes the identifier values past their deadline from every bucket on every primary, once per
 * {@code fraud.feature-sweep-every} (ADR 0015): the writes sweep the buckets they reach, this bounds how long a dead
 * value stays in one seldom written. Every replica ticks, but a tick walks only when it takes the deployment's turn
 * (a key held for nine tenths of the period): a walk of 65,536 full buckets costs Redis about 4.5 s of CPU, once per
 * period rather than once per replica. A replica that dies holding the turn delays the next walk by one period at
 * most. A walk still running skips the next tick.
 */
@Singleton
public class DeadValueSweeper {

    private static final Logger LOG = Logger.getLogger(DeadValueSweeper.class);

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final Primaries primaries;
    private final Redis redis;
    private final Vertx vertx;
    private final String prefix;
    private final String turn;
    /** Whose turn it is, for an operator reading the key: no personal data, just this process. */
    private final String replica = ProcessHandle.current().pid() + "@" + UUID.randomUUID().toString().substring(0, 8);
    private final Duration every;
    private final AtomicBoolean sweeping = new AtomicBoolean();
    private long timer = -1;

    DeadValueSweeper(Primaries primaries, Redis redis, Vertx vertx, ScoringConfig config) {
        this.primaries = primaries;
        this.redis = redis;
        this.vertx = vertx;
        this.prefix = config.featureKeyPrefix();
        this.turn = RedisKeys.identifierStateSweepTurn(prefix);
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
        vertx.executeBlocking(this::sweepOnOurTurn, false).onComplete(ar -> {
            sweeping.set(false);
            if (ar.failed()) {
                LOG.warnf("sweep of dead identifier values failed (next in %s): %s", every, ErrorSummary.of(ar.cause()));
            } else if (ar.result().orElse(0) > 0) {
                LOG.infof("swept %d dead identifier values", ar.result().getAsLong());
            }
        });
    }

    /** One walk, when no other replica took this period's turn; empty when one did. Blocking. */
    public OptionalLong sweepOnOurTurn() {
        long turnMillis = Math.max(1, every.toMillis() * 9 / 10);
        Response taken = redis.send(Request.cmd(Command.SET).arg(turn).arg(replica).arg("NX").arg("PX").arg(turnMillis))
                .await().atMost(TIMEOUT);
        return taken == null ? OptionalLong.empty() : OptionalLong.of(sweep());
    }

    /** One walk of every bucket on every primary; returns how many dead values it deleted. Blocking. */
    public long sweep() {
        return primaries.sum(connection -> DeadStateValues.sweep(connection, prefix, System.currentTimeMillis() / 1000));
    }
}
