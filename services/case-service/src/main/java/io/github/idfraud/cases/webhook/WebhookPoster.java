package io.github.idfraud.cases.webhook;

import io.github.idfraud.cases.config.CaseConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Posts one webhook with the JDK's HTTP client, bounded by the connect and request timeouts; redirects are not
 * followed (a signed body goes only where it was configured to). Keeps the client's types and error messages, which
 * can quote the URL, to itself: callers get a status or a short, URL-free reason.
 */
@ApplicationScoped
public class WebhookPoster {

    /** What came of one attempt: the bank's HTTP status, or why there was none. */
    public record Result(int status, String failure) {

        public boolean accepted() {
            return status >= 200 && status < 300;
        }

        /** For the outbox row and the logs. */
        public String describe() {
            return failure != null ? failure : "HTTP " + status;
        }
    }

    private final HttpClient http;
    private final Duration requestTimeout;

    WebhookPoster(CaseConfig config) {
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.webhook().connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.requestTimeout = config.webhook().requestTimeout();
    }

    public Result post(URI url, Map<String, String> headers, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(requestTimeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        // The bank's answer body is not read, only its status; the wait is bounded as a whole (headers and body),
        // so a receiver that never stops sending cannot hold the delivery's row and transaction.
        CompletableFuture<HttpResponse<Void>> response =
                http.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding());
        try {
            return new Result(response.get(requestTimeout.toMillis(), TimeUnit.MILLISECONDS).statusCode(), null);
        } catch (TimeoutException e) {
            response.cancel(true);
            return new Result(0, "no answer within " + requestTimeout);
        } catch (ExecutionException e) {
            return new Result(0, reason(e.getCause()));
        } catch (InterruptedException e) {
            response.cancel(true);
            Thread.currentThread().interrupt();
            return new Result(0, "interrupted (shutting down)");
        }
    }

    /** A short reason without the exception's message, which can quote the URL. */
    private String reason(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpConnectTimeoutException) {
                return "connect timed out";
            }
            if (cause instanceof HttpTimeoutException) {
                return "no answer within " + requestTimeout;
            }
            if (cause instanceof ConnectException) {
                return "connection refused or unreachable";
            }
        }
        return error == null ? "unknown error" : error.getClass().getSimpleName();
    }
}
