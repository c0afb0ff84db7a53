package io.github.idfraud.scoring.redis;

import io.github.idfraud.contract.EnvironmentVariables;
import io.github.idfraud.contract.RedisKeys;
import io.github.idfraud.features.StateBuckets;
import io.github.idfraud.scoring.config.ScoringConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Whether this pod spreads identifier values over as many buckets as the deployment does (ADR 0015). The first pod
 * to ask writes its count; a pod with another would find none of the stored values, and an erasure it ran would miss
 * them, so it answers "disagrees" and the readiness check keeps it out of traffic. Asked on every readiness check, so
 * a marker lost with Redis' data is written again.
 */
@Singleton
public class BucketCountCheck {

    private static final Logger LOG = Logger.getLogger(BucketCountCheck.class);

    private final Redis redis;
    private final String marker;
    private final int count;
    private final LogThrottle disagreements = new LogThrottle(Duration.ofMinutes(1), System::nanoTime);

    BucketCountCheck(Redis redis, ScoringConfig config, StateBuckets buckets) {
        this.redis = redis;
        this.marker = RedisKeys.identifierStateBucketCount(config.featureKeyPrefix());
        this.count = buckets.count();
    }

    /** Null when the deployment's count is this pod's (written now if none was); else why not. */
    public Uni<String> disagreement() {
        // SET ... NX GET: writes the count only where none is, and answers what was there, in one call.
        return redis.send(Request.cmd(Command.SET).arg(marker).arg(count).arg("NX").arg("GET"))
                .map(stored -> {
                    // compared as text: whatever the marker holds, a disagreement is named, never a parse failure
                    if (stored == null || stored.toString().equals(String.valueOf(count))) {
                        return null;
                    }
                    String why = EnvironmentVariables.FRAUD_FEATURE_STATE_BUCKETS + " is " + count + " here but "
                            + stored + " for the values already in Redis (" + marker + ")";
                    if (disagreements.admit() >= 0) {
                        LOG.error(why + ": this pod stays unready; give every pod the same count");
                    }
                    return why;
                });
    }
}
