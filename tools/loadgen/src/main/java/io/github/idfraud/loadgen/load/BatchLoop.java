package io.github.idfraud.loadgen.load;

import io.github.idfraud.harness.Answer;
import io.github.idfraud.harness.RequestPoster;
import io.github.idfraud.loadgen.events.PreparedBatch;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * One client posting batches one after another over one keep-alive connection: closed loop, the next batch leaves
 * when the last one is answered, as a bank's upload would. The next batch is rendered while one is in flight, so the
 * client's own work does not stretch the loop.
 */
public final class BatchLoop {

    private final RequestPoster poster;

    /** @param timeout how long one batch may take to be answered before it counts as failed */
    public BatchLoop(URI base, Duration timeout) {
        this.poster = new RequestPoster(base, timeout);
    }

    /**
     * Sends batches from {@code next} until {@code duration} has passed: the batch sent last is the first one sent
     * after that, so the run ends with an answer, not with a batch cut off.
     */
    public BatchRunResult run(String name, Supplier<PreparedBatch> next, Duration duration) {
        BatchTally tally = new BatchTally();
        PreparedBatch batch = next.get();
        int batchEvents = batch.size();
        long start = System.nanoTime();
        long lastAnswer = start;
        while (batch != null) {
            boolean more = System.nanoTime() - start < duration.toNanos();
            CompletableFuture<Answer> answer = poster.post(batch.request());
            PreparedBatch following = more ? next.get() : null;
            Answer answered = answer.join();
            lastAnswer = System.nanoTime();
            tally.answered(batch, answered);
            batch = following;
        }
        return tally.result(name, batchEvents, (lastAnswer - start) / 1e9);
    }
}
