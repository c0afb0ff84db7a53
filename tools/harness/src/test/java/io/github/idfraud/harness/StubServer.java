package io.github.idfraud.harness;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;

/**
 * A local HTTP server for the sender's tests: records when each request (body {@code {"i":N}}) arrived, answers
 * after an artificial delay with the status the test asks for, and a scoring answer: every fourth one a degraded
 * REVIEW, the others ALLOW. {@code threads} = 1 makes it serve one at a time.
 */
final class StubServer implements AutoCloseable {

    static {
        // Without it the JDK server's header and body segments meet the client's delayed ACK: +40 ms per answer.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    record Arrival(String path, int index, long nanos) {
    }

    private final HttpServer server;
    private final ExecutorService executor;
    final List<Arrival> arrivals = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger warmUps = new AtomicInteger();

    StubServer(int threads, long delayMillis, IntUnaryOperator statusOfIndex) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
        executor = Executors.newFixedThreadPool(threads);
        server.setExecutor(executor);
        server.createContext("/", exchange -> {
            long arrived = System.nanoTime();
            if (exchange.getRequestMethod().equals("GET")) {
                warmUps.incrementAndGet();
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
                return;
            }
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int index = Integer.parseInt(body.replaceAll("[^0-9]", ""));
            arrivals.add(new Arrival(exchange.getRequestURI().getPath(), index, arrived));
            sleep(delayMillis);
            byte[] answer = (index % 4 == 0
                    ? "{\"eventId\":\"e\",\"score\":0.9,\"decision\":\"REVIEW\",\"reasons\":[],\"degraded\":true}"
                    : "{\"eventId\":\"e\",\"score\":0.1,\"decision\":\"ALLOW\",\"reasons\":[],\"degraded\":false}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(statusOfIndex.applyAsInt(index), answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    OpenLoopSender sender(int maxConnections) {
        return new OpenLoopSender("127.0.0.1", port(), maxConnections);
    }

    /** {@code count} timed requests to {@code /v1/events}, request i with body {@code {"i":i}}. */
    static List<PreparedRequest> requests(int count) {
        List<PreparedRequest> requests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            requests.add(PreparedRequest.timed("/v1/events", "Bearer test", body(i)));
        }
        return requests;
    }

    static byte[] body(int i) {
        return ("{\"i\":" + i + "}").getBytes(StandardCharsets.UTF_8);
    }

    List<Arrival> sortedArrivals() {
        List<Arrival> copy = new ArrayList<>(arrivals);
        copy.sort((a, b) -> Integer.compare(a.index(), b.index()));
        return copy;
    }

    private static void sleep(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
