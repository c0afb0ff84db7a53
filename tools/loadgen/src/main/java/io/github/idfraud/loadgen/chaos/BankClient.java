package io.github.idfraud.loadgen.chaos;

import io.github.idfraud.harness.Answer;
import io.github.idfraud.harness.PreparedRequest;
import io.github.idfraud.harness.ScoringAnswer;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

/**
 * What a bank's integration does with an answer it cannot use: it sends the same request again (same event id),
 * a round every {@link #PAUSE}, until the answer is full (2xx, not degraded) or refused for good (a 4xx other than
 * 409 "still being scored" and 429), or the deadline passes.
 */
final class BankClient {

    private static final Duration PAUSE = Duration.ofSeconds(1);
    private static final int IN_FLIGHT = 32;
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    BankClient(URI base) {
        this.base = base;
    }

    /** True when the bank has what it needs and stops retrying. */
    static boolean settled(Answer answer) {
        if (answer == null) {
            return false;
        }
        if (answer.ok()) {
            return !ScoringAnswer.degraded(answer.body());
        }
        return answer.outcome().startsWith("4") && !answer.outcome().equals("409") && !answer.outcome().equals("429");
    }

    /**
     * Sends {@code requests[i]} again for every {@code i} whose answer is not settled, until all are or
     * {@code deadline} (System.nanoTime) passes; updates {@code answers} and {@code attempts} in place.
     */
    void retryUnsettled(List<PreparedRequest> requests, Answer[] answers, int[] attempts, long deadline) {
        while (System.nanoTime() < deadline) {
            List<Integer> unsettled = new ArrayList<>();
            for (int i = 0; i < answers.length; i++) {
                if (!settled(answers[i])) {
                    unsettled.add(i);
                }
            }
            if (unsettled.isEmpty()) {
                return;
            }
            Waits.sleep(PAUSE);
            List<Answer> round = sendAll(unsettled.stream().map(requests::get).toList());
            for (int k = 0; k < unsettled.size(); k++) {
                int i = unsettled.get(k);
                answers[i] = round.get(k);
                attempts[i]++;
            }
        }
    }

    /** Sends every request (at most {@link #IN_FLIGHT} at a time) and returns the answers in the same order. */
    List<Answer> sendAll(List<PreparedRequest> requests) {
        Semaphore permits = new Semaphore(IN_FLIGHT);
        List<CompletableFuture<Answer>> futures = new ArrayList<>(requests.size());
        for (PreparedRequest request : requests) {
            permits.acquireUninterruptibly();
            long started = System.nanoTime();
            HttpRequest http = HttpRequest.newBuilder(base.resolve(request.path())).timeout(TIMEOUT)
                    .header("Content-Type", "application/json").header("Authorization", request.authorization())
                    .POST(HttpRequest.BodyPublishers.ofString(request.bodyText())).build();
            futures.add(this.http.sendAsync(http, HttpResponse.BodyHandlers.ofString())
                    .handle((response, failure) -> {
                        permits.release();
                        long micros = (System.nanoTime() - started) / 1000;
                        return failure == null
                                ? new Answer(Integer.toString(response.statusCode()), response.body(), micros)
                                : new Answer(classify(failure), "", micros);
                    }));
        }
        return futures.stream().map(CompletableFuture::join).toList();
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
