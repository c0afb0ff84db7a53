package io.github.idfraud.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Points the service at the real Redis the tests use (local server, or a container where Docker answers), or at a
 * real Redis Cluster when {@value TestRedis#CLUSTER_VARIABLE} lists its seed nodes.
 */
public class RedisTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return TestRedis.cluster()
                .map(seeds -> Map.of("quarkus.redis.hosts", seeds, "quarkus.redis.client-type", "cluster"))
                .orElseGet(() -> Map.of("quarkus.redis.hosts", TestRedis.url()));
    }

    @Override
    public void stop() {
    }
}
