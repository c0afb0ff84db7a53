package io.github.idfraud.loadgen.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * Raises the arrival rate step by step (multiplying by {@code factor}) until a step is not sustained: any error or
 * degraded answer, p99 above the bound, or fewer answers per second than 95% of the target. When the first step already
 * fails, it lowers the rate by the same factor until a step is sustained. Then it tries once halfway between the last
 * sustained rate and the failed one next to it, which halves the uncertainty for the price of one step.
 */
public final class SaturationSearch {

    /** Share of the target rate a step must achieve to count as sustained. */
    public static final double MIN_ACHIEVED_SHARE = 0.95;

    /**
     * @param startRate    first rate tried (requests per second)
     * @param factor       each next step's rate is the previous one times this
     * @param stepDuration how long each step runs
     * @param p99BoundMs   a step whose p99 latency exceeds this is not sustained
     * @param maxSteps     steps before the search gives up climbing or coming down (the refinement step is extra)
     */
    public record Settings(double startRate, double factor, Duration stepDuration, double p99BoundMs, int maxSteps) {

        public Settings {
            if (!(startRate > 0) || !(factor > 1) || maxSteps < 1) {
                throw new IllegalArgumentException("saturation needs startRate > 0, factor > 1 and maxSteps >= 1");
            }
        }
    }

    private final Settings settings;

    public SaturationSearch(Settings settings) {
        this.settings = settings;
    }

    public Settings settings() {
        return settings;
    }

    /** @param runAt runs one step at the given rate (for {@link Settings#stepDuration()}) and returns its result */
    public SaturationResult search(String endpoint, DoubleFunction<RunResult> runAt) {
        List<SaturationStep> steps = new ArrayList<>();
        double rate = settings.startRate();
        double lastGood = 0;
        // The failed rate next to lastGood: above it when climbing, the lowest failure when coming down.
        double nearestBad = 0;
        String stopped = null;
        for (int i = 0; i < settings.maxSteps(); i++) {
            SaturationStep step = judge(runAt.apply(rate));
            steps.add(step);
            if (step.sustained()) {
                lastGood = rate;
                if (nearestBad > 0) {
                    break;
                }
                rate = roundRate(rate * settings.factor());
                continue;
            }
            nearestBad = rate;
            stopped = String.format(Locale.ROOT, "%.0f/s not sustained: %s", rate, step.verdict());
            double lower = roundRate(rate / settings.factor());
            if (lastGood > 0 || lower >= rate) {
                break;
            }
            // Not even the first rate held (a slow machine, a cluster): come down until one does, so the report
            // says what is sustained there instead of 0.
            rate = lower;
        }
        if (stopped == null) {
            stopped = String.format(Locale.ROOT, "step limit reached at %.0f/s still sustained: the ceiling is higher",
                    lastGood);
        } else if (lastGood > 0) {
            double middle = roundRate((lastGood + nearestBad) / 2);
            if (middle > lastGood && middle < nearestBad) {
                SaturationStep step = judge(runAt.apply(middle));
                steps.add(step);
                if (step.sustained()) {
                    lastGood = middle;
                }
            }
        }
        return new SaturationResult(endpoint, settings.p99BoundMs(), lastGood, stopped, steps);
    }

    SaturationStep judge(RunResult run) {
        if (run.errors() > 0) {
            return new SaturationStep(run, false, run.errors() + " errors " + run.errorsByStatus());
        }
        if (run.degraded() > 0) {
            return new SaturationStep(run, false, run.degraded() + " degraded answers (scored without Redis windows)");
        }
        if (run.latencyMs().p99() > settings.p99BoundMs()) {
            return new SaturationStep(run, false, String.format(Locale.ROOT, "p99 %.1f ms above the %.0f ms bound",
                    run.latencyMs().p99(), settings.p99BoundMs()));
        }
        if (run.achievedRate() < MIN_ACHIEVED_SHARE * run.targetRate()) {
            return new SaturationStep(run, false, String.format(Locale.ROOT, "achieved %.0f/s, below %.0f%% of the target",
                    run.achievedRate(), MIN_ACHIEVED_SHARE * 100));
        }
        return new SaturationStep(run, true, "sustained");
    }

    /** Rates in whole tens, so reports read 1,250/s rather than 1,253.9/s. */
    static double roundRate(double rate) {
        return Math.max(10, Math.round(rate / 10) * 10);
    }
}
