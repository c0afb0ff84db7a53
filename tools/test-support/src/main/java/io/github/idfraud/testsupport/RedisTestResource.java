package io.github.idfraud.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Points the service at the real Redis the tests use (local server, or a container where Docker answers). */
public class RedisTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("quarkus.redis.hosts", TestRedis.url());
    }

    @Override
    public void stop() {
    }
}
