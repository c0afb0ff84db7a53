package io.github.idfraud.harness;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Posts prepared requests with the JDK's HTTP client over keep-alive HTTP/1.1 connections, whenever the caller
 * says (unlike {@link OpenLoopSender}, which keeps a fixed rate): for tools that wait for answers before they send
 * again. Latency runs from the call to the complete answer.
 */
public final class RequestPoster {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final URI base;
    private final Duration timeout;

    /** @param timeout how long a request may wait for its answer before it counts as a {@code timeout} */
    public RequestPoster(URI base, Duration timeout) {
        this.base = base;
        this.timeout = timeout;
    }

    /** Sends the request; the answer, a transport failure included, completes the future (never exceptionally). */
    public CompletableFuture<Answer> post(PreparedRequest request) {
        HttpRequest post = HttpRequest.newBuilder(base.resolve(request.path())).timeout(timeout)
                .header("Content-Type", "application/json").header("Authorization", request.authorization())
                .POST(HttpRequest.BodyPublishers.ofString(request.bodyText())).build();
        long started = System.nanoTime();
        return http.sendAsync(post, HttpResponse.BodyHandlers.ofString()).handle((response, failure) -> {
            long micros = (System.nanoTime() - started) / 1000;
            return failure == null ? new Answer(Integer.toString(response.statusCode()), response.body(), micros)
                    : new Answer(classify(failure), "", micros);
        });
    }

    private static String classify(Throwable failure) {
        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof HttpTimeoutException) {
            return "timeout";
        }
        if (cause instanceof ConnectException) {
            return "connection refused";
        }
        return "transport: " + cause.getClass().getSimpleName();
    }
}
