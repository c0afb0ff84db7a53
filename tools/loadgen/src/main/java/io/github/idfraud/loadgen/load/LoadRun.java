package io.github.idfraud.loadgen.load;

import io.github.idfraud.harness.OpenLoopSender;
import io.github.idfraud.harness.PreparedRequest;
import io.github.idfraud.harness.SendResult;
import java.util.List;

/** Runs one {@link RunPlan} with an {@link OpenLoopSender} and sums it up as a {@link RunResult}. */
public final class LoadRun {

    private LoadRun() {
    }

    /** @param requests at least {@code plan.requests()}, all to {@code endpoint}; the first that many are sent */
    public static RunResult run(OpenLoopSender sender, String endpoint, RunPlan plan, List<PreparedRequest> requests) {
        int n = plan.requests();
        if (requests.size() < n) {
            throw new IllegalArgumentException(plan.name() + " needs " + n + " requests, " + requests.size() + " prepared");
        }
        DecisionTally tally = new DecisionTally();
        SendResult sent;
        try {
            sent = sender.send(plan.rate(), requests.subList(0, n), plan.timeout(), tally);
        } catch (IllegalStateException e) {
            throw new IllegalStateException(plan.name() + ": " + e.getMessage(), e);
        }
        return new RunResult(plan.name(), endpoint, plan.rate(), plan.duration().toMillis() / 1000.0,
                sent.achievedRate(), sent.requests(), sent.ok(), sent.errors(), sent.outcomes(), tally.decisions(),
                tally.degraded(), LatencySummary.ofMicros(sent.latencyMicros()),
                LatencySummary.ofMicros(sent.sendLagMicros()));
    }
}
