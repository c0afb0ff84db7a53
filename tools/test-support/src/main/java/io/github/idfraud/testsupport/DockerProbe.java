package io.github.idfraud.testsupport;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.testcontainers.DockerClientFactory;

/**
 * Asks whether a Docker engine answers, with a timeout: Testcontainers' own check can hang for minutes
 * when DOCKER_HOST points at a socket that accepts and never answers.
 */
public final class DockerProbe {

    private DockerProbe() {
    }

    public static boolean dockerAnswers() {
        if ("false".equalsIgnoreCase(System.getenv("FRAUD_TEST_USE_DOCKER"))) {
            return false;
        }
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "docker-probe");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<Boolean> answer = executor.submit(() -> DockerClientFactory.instance().isDockerAvailable());
            return answer.get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            return false;
        } finally {
            executor.shutdownNow();
        }
    }
}
