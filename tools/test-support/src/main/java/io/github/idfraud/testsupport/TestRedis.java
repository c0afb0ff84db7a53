package io.github.idfraud.testsupport;

import java.util.Optional;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The real Redis that tests talk to: {@code FRAUD_TEST_REDIS_URL} when set, a Redis container where a Docker
 * engine answers, otherwise the local server on 127.0.0.1:6379 (as on our development and CI machines).
 */
public final class TestRedis {

    /**
     * Seed nodes of a Redis Cluster ({@code redis://127.0.0.1:17000,...}, as {@code tools/redis-cluster/redis-cluster
     * start} prints them): the services under test use it instead of a single Redis.
     */
    public static final String CLUSTER_VARIABLE = "FRAUD_TEST_REDIS_CLUSTER";

    private static final Object LOCK = new Object();
    private static String url;
    private static GenericContainer<?> container;

    private TestRedis() {
    }

    public static String url() {
        synchronized (LOCK) {
            if (url == null) {
                url = resolve();
            }
            return url;
        }
    }

    /** The cluster's seed nodes, comma-separated, when the tests run against a Redis Cluster. */
    public static Optional<String> cluster() {
        return Optional.ofNullable(System.getenv(CLUSTER_VARIABLE)).filter(seeds -> !seeds.isBlank());
    }

    private static String resolve() {
        String configured = System.getenv("FRAUD_TEST_REDIS_URL");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        if (DockerProbe.dockerAnswers()) {
            container = new GenericContainer<>(DockerImageName.parse("redis:7.2")).withExposedPorts(6379);
            container.start();
            return "redis://" + container.getHost() + ":" + container.getMappedPort(6379);
        }
        return "redis://127.0.0.1:6379";
    }
}
