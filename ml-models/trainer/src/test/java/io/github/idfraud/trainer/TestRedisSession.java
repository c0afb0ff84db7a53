package io.github.idfraud.trainer;

import io.github.idfraud.trainer.redis.RedisSession;
import io.github.idfraud.testsupport.RedisNodes;

/**
 * The Redis the trainer tests use: test-support's (env FRAUD_TEST_REDIS_URL, else the local server on 127.0.0.1:6379),
 * or the Redis Cluster's seeds, comma-separated, when FRAUD_TEST_REDIS_CLUSTER names them.
 */
public final class TestRedisSession {

    private TestRedisSession() {
    }

    public static String url() {
        return RedisNodes.hosts();
    }
}
