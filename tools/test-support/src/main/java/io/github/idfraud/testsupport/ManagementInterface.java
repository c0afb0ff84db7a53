package io.github.idfraud.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The management interface as production runs it (issue 15): health and metrics on a port of their own, never on
 * the service port, which the Ingresses route. For the services' prod-profile tests.
 */
public final class ManagementInterface {

    /** What the probes, Prometheus and operators read on the management port. */
    public static final List<String> PATHS = List.of("/q/health/ready", "/q/health/live", "/q/health/started",
            "/q/metrics");

    /** Configuration overrides: free ports for both the service and the management interface of a test. */
    public static final Map<String, String> FREE_TEST_PORTS = Map.of("quarkus.http.test-port", "0",
            "quarkus.management.test-port", "0");

    private ManagementInterface() {
    }

    /**
     * Fails, naming each wrong path, unless every one of {@link #PATHS} answers 404 on the service port and 200 on
     * the management port.
     *
     * @param service    any URL on the service port (the test's {@code @TestHTTPResource})
     * @param management any URL on the management port ({@code @TestHTTPResource(management = true)})
     */
    public static void assertServedOnlyOnManagementPort(URL service, URL management) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<String> wrong = new ArrayList<>();
        for (String path : PATHS) {
            int onService = status(http, service, path);
            int onManagement = status(http, management, path);
            if (onService != 404 || onManagement != 200) {
                wrong.add(path + " answered " + onService + " on the service port and " + onManagement
                        + " on the management port");
            }
        }
        if (!wrong.isEmpty()) {
            throw new AssertionError("expected 404 on the service port and 200 on the management port: " + wrong);
        }
    }

    /** The status of {@code GET path} on the port of {@code base}; -1 when nothing answers. */
    private static int status(HttpClient http, URL base, String path) {
        URI uri = URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + path);
        try {
            return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
