package io.github.idfraud.testsupport;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The real Redis that tests talk to: {@code FRAUD_TEST_REDIS_URL} when set, a Redis container where a Docker
 * engine answers, otherwise the local server on 127.0.0.1:6379 (as on our development and CI machines).
 */
public final class TestRedis {

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
