package io.github.idfraud.trainer;

import io.github.idfraud.trainer.redis.RedisSession;
import io.github.idfraud.testsupport.TestRedis;

/** The Redis the trainer tests use: env FRAUD_TEST_REDIS_URL, else the local server on 127.0.0.1:6379. */
public final class TestRedisSession {

    private TestRedisSession() {
    }

    public static String url() {
        return TestRedis.url();
    }
}
