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
        return settings(RedisNodes.hosts());
    }

    /**
     * The settings pointing a service at {@code hosts} (e.g. as a user of {@link RedisUsers#create}): on a Redis
     * Cluster also its client type, without which Quarkus refuses several hosts.
     */
    public static Map<String, String> settings(String hosts) {
        return TestRedis.cluster().isPresent()
                ? Map.of("quarkus.redis.hosts", hosts, "quarkus.redis.client-type", "cluster")
                : Map.of("quarkus.redis.hosts", hosts);
    }

    @Override
    public void stop() {
    }
}
