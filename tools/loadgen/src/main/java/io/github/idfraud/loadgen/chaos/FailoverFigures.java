package io.github.idfraud.loadgen.chaos;

import io.github.idfraud.loadgen.redis.RedisClusterProcess;
import io.github.idfraud.harness.Answer;
import io.github.idfraud.harness.OpenLoopSender;
import io.github.idfraud.harness.ScoringAnswer;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * How a Redis Cluster failover looked from the bank's side, every time counted from the SIGKILL of the primary.
 *
 * @param killedNode                   the primary killed (it served the alert stream's slot)
 * @param promotedNode                 its replica, primary after the failover
 * @param promotedAfterSeconds         until that replica served the slot and the cluster said ok
 * @param rejoinedAfterSeconds         until the killed node, restarted, was the new primary's replica, in sync
 * @param firstFullAfterKillSeconds    until the send time of the first request after the kill whose first attempt
 *                                     got a full answer (events whose keys all live on other primaries get one)
 * @param allFullAfterKillSeconds      until the start of the first second of traffic in which every first attempt
 *                                     got a full answer
 * @param p99BackToNormalAfterKillSeconds until the start of the first second from which the per-second p99 of first
 *                                     attempts stays within {@link #NORMAL_FACTOR} times the p99 before the kill
 *                                     (at least {@link #NORMAL_SLACK_MS} ms above it) for {@link #STEADY_SECONDS} s
 * @param p99BeforeKillMs              p99 of the first attempts sent and answered before the kill
 * @param worstSecondP99Ms             the worst per-second p99 from the kill on
 */
record FailoverFigures(String killedNode, String promotedNode, double promotedAfterSeconds,
                       double rejoinedAfterSeconds, Double firstFullAfterKillSeconds, Double allFullAfterKillSeconds,
                       Double p99BackToNormalAfterKillSeconds, double p99BeforeKillMs, double worstSecondP99Ms) {

    static final double NORMAL_FACTOR = 2.0;
    static final double NORMAL_SLACK_MS = 10.0;
    static final int STEADY_SECONDS = 3;

    /**
     * @param first     each request's first attempt (null: never answered, counted at the send timeout)
     * @param sendStart System.nanoTime() when the sending schedule began
     */
    static FailoverFigures of(RedisClusterProcess.Failover failover, Answer[] first, double rate, long sendStart,
                              Duration sendTimeout) {
        long killed = failover.killedNanos();
        double killedAt = (killed - sendStart) / 1e9;
        int seconds = (int) Math.ceil(first.length / rate);
        Histogram before = histogram();
        Histogram[] bySecond = new Histogram[seconds];
        boolean[] allFull = new boolean[seconds];
        Arrays.fill(allFull, true);
        Double firstFull = null;
        for (int i = 0; i < first.length; i++) {
            double at = OpenLoopSender.intendedOffsetNanos(i, rate) / 1e9;
            int second = (int) at;
            long micros = first[i] == null ? TimeUnit.NANOSECONDS.toMicros(sendTimeout.toNanos())
                    : first[i].latencyMicros();
            boolean full = first[i] != null && first[i].ok() && !ScoringAnswer.degraded(first[i].body());
            allFull[second] &= full;
            if (at < killedAt) {
                if (at + micros / 1e6 < killedAt) { // answered before the kill: in flight at it is not normal
                    before.recordValue(Math.min(micros, before.getHighestTrackableValue()));
                }
                continue;
            }
            if (bySecond[second] == null) {
                bySecond[second] = histogram();
            }
            bySecond[second].recordValue(Math.min(micros, before.getHighestTrackableValue()));
            if (full && firstFull == null) {
                firstFull = round(at - killedAt);
            }
        }
        double normalMs = p99Ms(before);
        double boundMs = Math.max(normalMs * NORMAL_FACTOR, normalMs + NORMAL_SLACK_MS);
        int fromSecond = (int) Math.floor(killedAt);
        Double allFullAfter = null;
        Double p99Back = null;
        double worst = 0;
        for (int s = fromSecond; s < seconds; s++) {
            if (bySecond[s] == null) {
                continue;
            }
            worst = Math.max(worst, p99Ms(bySecond[s]));
            if (allFullAfter == null && allFull[s] && s > fromSecond) {
                allFullAfter = round(s - killedAt);
            }
            if (p99Back == null && steady(bySecond, s, boundMs)) {
                p99Back = round(Math.max(0, s - killedAt));
            }
        }
        return new FailoverFigures(failover.killedNode(), failover.promotedNode(),
                round((failover.promotedNanos() - killed) / 1e9), round((failover.rejoinedNanos() - killed) / 1e9),
                firstFull, allFullAfter, p99Back, normalMs, worst);
    }

    /** Second {@code from} and up to {@link #STEADY_SECONDS} - 1 after it (those the phase has) within the bound. */
    private static boolean steady(Histogram[] bySecond, int from, double boundMs) {
        for (int s = from; s < Math.min(bySecond.length, from + STEADY_SECONDS); s++) {
            if (bySecond[s] != null && p99Ms(bySecond[s]) > boundMs) {
                return false;
            }
        }
        return true;
    }

    private static Histogram histogram() {
        return new Histogram(TimeUnit.MINUTES.toMicros(10), 3);
    }

    private static double p99Ms(Histogram latency) {
        return latency.getTotalCount() == 0 ? 0 : Math.round(latency.getValueAtPercentile(99) / 10.0) / 100.0;
    }

    private static double round(double seconds) {
        return Math.round(seconds * 10) / 10.0;
    }
}
