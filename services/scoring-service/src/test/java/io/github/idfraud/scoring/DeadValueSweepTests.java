package io.github.idfraud.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.idfraud.contract.RedisKeys;
import io.github.idfraud.features.StateBuckets;
import io.github.idfraud.scoring.config.ScoringConfig;
import io.github.idfraud.scoring.redis.DeadValueSweeper;
import io.github.idfraud.testsupport.RedisTestResource;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The service's own walk of every bucket (ADR 0015) deletes the identifier values past their deadline under its
 * prefix, on every primary, and leaves the live ones; of the replicas, the one that takes a period's turn walks.
 */
@QuarkusTest
@QuarkusTestResource(RedisTestResource.class)
class DeadValueSweepTests {

    @Inject
    DeadValueSweeper sweeper;

    @Inject
    StateBuckets buckets;

    @Inject
    RedisDataSource redis;

    @Inject
    ScoringConfig config;

    @Test
    void aDeadValueIsDeletedAndALiveOneKept() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String dead = RedisKeys.identifierState("test-ff:", "d", "dead-" + tag, "k1");
        String live = RedisKeys.identifierState("test-ff:", "d", "live-" + tag, "k1");
        long now = System.currentTimeMillis() / 1000;
        byte[] version = new byte[8];
        redis.hash(byte[].class).hset(buckets.key(dead), buckets.field(dead), StateBuckets.stored(now - 10, version));
        redis.hash(byte[].class).hset(buckets.key(live), buckets.field(live), StateBuckets.stored(now + 600, version));
        redis.key().expire(buckets.key(dead), 600);
        redis.key().expire(buckets.key(live), 600);

        assertThat(sweeper.sweep()).isGreaterThanOrEqualTo(1);

        assertThat(redis.hash(byte[].class).hexists(buckets.key(dead), buckets.field(dead))).isFalse();
        assertThat(redis.hash(byte[].class).hexists(buckets.key(live), buckets.field(live))).isTrue();
        redis.hash(byte[].class).hdel(buckets.key(live), buckets.field(live));
    }

    @Test
    void oneReplicaWalksPerPeriodWhicheverTakesTheTurnFirst() {
        String turn = RedisKeys.identifierStateSweepTurn(config.featureKeyPrefix());
        redis.key().del(turn);

        assertThat(sweeper.sweepOnOurTurn()).as("the turn was free: this replica walks").isPresent();
        assertThat(redis.key().pttl(turn)).as("held for most of the period")
                .isBetween(config.featureSweepEvery().toMillis() / 2, config.featureSweepEvery().toMillis());
        assertThat(sweeper.sweepOnOurTurn()).as("taken for this period: no second walk").isEmpty();

        redis.key().del(turn); // the period is over (or the holder died and its turn expired)
        assertThat(sweeper.sweepOnOurTurn()).isPresent();
        redis.key().del(turn);
    }
}
