package io.github.idfraud.loadgen.load;

import com.sun.net.httpserver.HttpServer;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntUnaryOperator;

/**
 * A local HTTP server for the generator's tests: records when each request (body {@code {"i":N}}) arrived, answers
 * after an artificial delay with the status the test asks for, and a scoring answer: every fourth one a degraded
 * REVIEW, the others ALLOW. {@code threads} = 1 makes it serve one at a time.
 */
final class StubServer implements AutoCloseable {

    static {
        // Without it the JDK server's header and body segments meet the client's delayed ACK: +40 ms per answer.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    record Arrival(int index, long nanos) {
    }

    private final HttpServer server;
    private final ExecutorService executor;
    final List<Arrival> arrivals = Collections.synchronizedList(new ArrayList<>());

    StubServer(int threads, long delayMillis, IntUnaryOperator statusOfIndex) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
        executor = Executors.newFixedThreadPool(threads);
        server.setExecutor(executor);
        server.createContext("/v1/events", exchange -> {
            long arrived = System.nanoTime();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int index = Integer.parseInt(body.replaceAll("[^0-9]", ""));
            arrivals.add(new Arrival(index, arrived));
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

    HttpTarget target() {
        return new HttpTarget("127.0.0.1", server.getAddress().getPort(), "/v1/events");
    }

    static PreparedRequests requests(int count) {
        List<Buffer> bodies = new ArrayList<>(count);
        List<String> auth = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            bodies.add(Buffer.buffer("{\"i\":" + i + "}"));
            auth.add("Bearer test");
        }
        return new PreparedRequests(bodies, auth);
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
