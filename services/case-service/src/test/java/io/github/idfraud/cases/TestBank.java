package io.github.idfraud.cases;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The banks' webhook receivers, outside our system: a JDK HTTP server on a fixed port that a test can take down
 * and bring back (a bank's outage). {@link #ANSWERING} answers 204 and keeps every request; {@link #BROKEN}
 * always answers 503.
 */
public final class TestBank {

    /** Tenant whose receiver accepts webhooks. */
    static final String ANSWERING = TestAlerts.TENANT;
    /**
     * Tenant whose receiver never accepts one. New in every run: the case database keeps earlier runs' deliveries,
     * and Micrometer's global registry keeps a gauge bound to the first Quarkus app of the JVM that registered it.
     */
    static final String BROKEN = TestAlerts.id("bank-broken");
    /** The keys each bank verifies with; test-only values, handed to the service by {@link WebhookTestResource}. */
    static final Map<String, String> SIGNING_KEYS = Map.of(
            ANSWERING, "test-only-webhook-key-bank-a-not-secret-01",
            BROKEN, "test-only-webhook-key-bank-b-not-secret-02");

    /** One POST as the bank received it. */
    record Received(String tenant, Map<String, List<String>> headers, byte[] body) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final int port;
    private final List<Received> received = new ArrayList<>();
    private HttpServer server;

    TestBank(int port) {
        this.port = port;
    }

    String url(String tenant) {
        return "http://127.0.0.1:" + port + "/" + tenant + "/fraud-webhook";
    }

    synchronized void start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new IllegalStateException("the test bank cannot listen on " + port, e);
        }
        server.createContext("/" + ANSWERING + "/fraud-webhook", exchange -> answer(exchange, ANSWERING, 204));
        server.createContext("/" + BROKEN + "/fraud-webhook", exchange -> answer(exchange, BROKEN, 503));
        server.start();
    }

    /** Takes the receiver down: connections are refused until {@link #start()}. */
    synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    /** Every POST {@code tenant}'s receiver got whose body mentions {@code text} (a case id). */
    synchronized List<Received> received(String tenant, String text) {
        return received.stream().filter(r -> r.tenant().equals(tenant) && new String(r.body()).contains(text)).toList();
    }

    private void answer(HttpExchange exchange, String tenant, int status) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            if (status / 100 == 2) {
                synchronized (this) {
                    received.add(new Received(tenant, Map.copyOf(exchange.getRequestHeaders()), body));
                }
            }
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }
}
