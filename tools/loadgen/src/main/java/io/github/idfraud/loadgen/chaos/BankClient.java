package io.github.idfraud.loadgen.chaos;

import io.github.idfraud.harness.Answer;
import io.github.idfraud.harness.PreparedRequest;
import io.github.idfraud.harness.RequestPoster;
import io.github.idfraud.harness.ScoringAnswer;
import java.net.URI;
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

    private final RequestPoster poster;

    BankClient(URI base) {
        this.poster = new RequestPoster(base, TIMEOUT);
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
            futures.add(poster.post(request).whenComplete((answer, failure) -> permits.release()));
        }
        return futures.stream().map(CompletableFuture::join).toList();
    }
}
