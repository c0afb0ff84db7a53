package io.github.idfraud.loadgen.load;

import io.github.idfraud.harness.Answer;
import io.github.idfraud.harness.AnswerListener;
import io.github.idfraud.harness.ScoringAnswer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;
import org.HdrHistogram.Histogram;

/**
 * Sorts a {@link BurstPlan} run's answers into the seconds their requests were intended in (not answered in: a
 * request sent during the burst and answered after it counts for the burst), then tells how long after the burst the
 * service was back to normal. Runs on the sender's event loop; read it after the run.
 */
public final class BurstTally implements AnswerListener {

    /**
     * A second is normal with a p99 up to this many times the p99 before the burst: a second's p99 is the tenth-worst
     * of a thousand requests, and on two shared cores it moves by about this much from one second to the next.
     */
    public static final double NORMAL_P99_FACTOR = 2;
    private static final long MAX_MICROS = TimeUnit.MINUTES.toMicros(10);

    private final BurstPlan plan;
    private final List<Histogram> latency = new ArrayList<>();
    private final long[] requests;
    private final long[] ok;
    private final long[] degraded;
    private final List<Map<String, Long>> errors = new ArrayList<>();

    public BurstTally(BurstPlan plan) {
        this.plan = plan;
        int seconds = plan.seconds();
        this.requests = new long[seconds];
        this.ok = new long[seconds];
        this.degraded = new long[seconds];
        for (int s = 0; s < seconds; s++) {
            latency.add(new Histogram(MAX_MICROS, 3));
            errors.add(new HashMap<>());
        }
    }

    @Override
    public void answered(int index, Answer answer) {
        int second = plan.second(index);
        requests[second]++;
        latency.get(second).recordValue(Math.max(0, Math.min(answer.latencyMicros(), MAX_MICROS)));
        if (!answer.ok()) {
            errors.get(second).merge(answer.outcome(), 1L, Long::sum);
        } else {
            ok[second]++;
            if (ScoringAnswer.degraded(answer.body())) {
                degraded[second]++;
            }
        }
    }

    /**
     * @param normalFloorMs the lowest normal bound: a p99 within the p99 target's limit is normal whatever the p99
     *                      before the burst was
     */
    public BurstRunResult result(double sustainedRate, int connections, double timeoutSeconds, double normalFloorMs) {
        Histogram before = new Histogram(MAX_MICROS, 3);
        for (int s = 0; s < plan.beforeSeconds(); s++) {
            before.add(latency.get(s));
        }
        LatencySummary beforeMs = LatencySummary.ofMicros(before);
        double bound = Math.max(NORMAL_P99_FACTOR * beforeMs.p99(), normalFloorMs);
        List<BurstSecond> seconds = new ArrayList<>();
        for (int s = 0; s < plan.seconds(); s++) {
            LatencySummary ms = LatencySummary.ofMicros(latency.get(s));
            boolean normal = requests[s] > 0 && ok[s] == requests[s] && degraded[s] == 0 && ms.p99() <= bound;
            seconds.add(new BurstSecond(s, plan.part(s), requests[s], ok[s], degraded[s], new TreeMap<>(errors.get(s)),
                    ms, normal));
        }
        int abnormalBefore = (int) seconds.stream().filter(s -> s.part() == BurstPlan.Part.BEFORE && !s.normal()).count();
        List<BurstSecond> burst = seconds.stream().filter(s -> s.part() == BurstPlan.Part.BURST).toList();
        List<BurstSecond> after = seconds.stream().filter(s -> s.part() == BurstPlan.Part.AFTER).toList();
        return new BurstRunResult(plan, sustainedRate, connections, timeoutSeconds, beforeMs, bound, abnormalBefore,
                recoverySeconds(after), sum(burst, BurstSecond::requests), sum(burst, BurstSecond::ok), errors(burst),
                sum(after, BurstSecond::requests), sum(after, BurstSecond::ok), errors(after),
                sum(seconds, BurstSecond::degraded), seconds);
    }

    /** From the burst's end to the first second from which every later one is normal; null when the last one is not. */
    private Integer recoverySeconds(List<BurstSecond> after) {
        int lastAbnormal = -1;
        for (int i = 0; i < after.size(); i++) {
            if (!after.get(i).normal()) {
                lastAbnormal = i;
            }
        }
        return lastAbnormal == after.size() - 1 ? null : lastAbnormal + 1;
    }

    private static long sum(List<BurstSecond> seconds, ToLongFunction<BurstSecond> figure) {
        return seconds.stream().mapToLong(figure).sum();
    }

    private static Map<String, Long> errors(List<BurstSecond> seconds) {
        Map<String, Long> all = new TreeMap<>();
        seconds.forEach(s -> s.errors().forEach((outcome, count) -> all.merge(outcome, count, Long::sum)));
        return all;
    }
}
