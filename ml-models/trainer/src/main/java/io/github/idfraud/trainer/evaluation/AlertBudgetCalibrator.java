package io.github.idfraud.trainer.evaluation;

import io.github.idfraud.contract.EventType;
import io.github.idfraud.models.AlertBudgets;
import io.github.idfraud.models.Rounding;
import io.github.idfraud.trainer.replay.ReplayedEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Spends an alert budget across event types where it catches most labelled fraud. Each type's events are ranked by
 * descending score; at every step the calibrator buys, from the type that offers it, the next run of events (whole
 * chunks of 0.1% of the type, at least {@value #MIN_CHUNK} events) with the highest share of FRAUD, looking past runs
 * without fraud to the fraud below them. It stops at the budget or when no run reaches {@value #MIN_PRECISION} FRAUD:
 * the budget is a ceiling, and alerts that find next to nothing on the calibration period only add false alarms on
 * traffic that drifts. A type's REVIEW threshold is the lowest score it was given.
 */
public final class AlertBudgetCalibrator {

    static final double[] SHARES = {0.002, 0.005, 0.01, 0.015, 0.02, 0.03, 0.05};
    /**
     * The default budget is the largest whose thresholds alert on at most this share of the calibration period's
     * legitimate events: half the 1% a bank tolerates, the other half left for traffic that differs from ours.
     */
    static final double DEFAULT_LEGIT_SHARE = 0.005;
    static final int MIN_CHUNK = 10;
    /** Fewest FRAUD per alert a run of events must hold to be bought: one in fifty. */
    static final double MIN_PRECISION = 0.02;
    private static final double CHUNK_SHARE = 0.001;

    public AlertBudgets calibrate(List<ReplayedEvent> events, double[] scores, String calibratedOn) {
        Map<EventType, Ranked> byType = rank(events, scores);
        List<AlertBudgets.Budget> budgets = new ArrayList<>();
        double defaultShare = SHARES[0];
        for (double share : SHARES) {
            AlertBudgets.Budget budget = budget(share, events.size(), byType);
            budgets.add(budget);
            if (budget.legitShare() <= DEFAULT_LEGIT_SHARE) {
                defaultShare = share;
            }
        }
        return new AlertBudgets(defaultShare, calibratedOn, budgets);
    }

    /** One type's scores, descending, and how many FRAUD events are among the first i of them. */
    private record Ranked(double[] scores, int[] fraudBefore) {

        int size() {
            return scores.length;
        }

        int chunk() {
            return Math.max(MIN_CHUNK, (int) Math.ceil(CHUNK_SHARE * scores.length));
        }

        double precision(int from, int to) {
            return (double) (fraudBefore[to] - fraudBefore[from]) / (to - from);
        }
    }

    private static AlertBudgets.Budget budget(double share, int total, Map<EventType, Ranked> byType) {
        long allowed = (long) Math.floor(share * total);
        Map<EventType, Integer> taken = new EnumMap<>(EventType.class);
        byType.keySet().forEach(t -> taken.put(t, 0));
        long spent = 0;
        while (true) {
            EventType bestType = null;
            int bestTo = 0;
            double bestPrecision = MIN_PRECISION;
            for (var entry : byType.entrySet()) {
                Ranked ranked = entry.getValue();
                int from = taken.get(entry.getKey());
                for (int to = Math.min(ranked.size(), from + ranked.chunk()); to > from && spent + (to - from) <= allowed;
                     to = to == ranked.size() ? from : Math.min(ranked.size(), to + ranked.chunk())) {
                    double precision = ranked.precision(from, to);
                    if (precision > bestPrecision || bestType == null && precision == bestPrecision) {
                        bestType = entry.getKey();
                        bestTo = to;
                        bestPrecision = precision;
                    }
                }
            }
            if (bestType == null) {
                break;
            }
            spent += bestTo - taken.get(bestType);
            taken.put(bestType, bestTo);
        }
        Map<String, Double> thresholds = new LinkedHashMap<>();
        long alerted = 0;
        long fraudAlerted = 0;
        long fraud = 0;
        for (var entry : byType.entrySet()) {
            Ranked ranked = entry.getValue();
            int n = taken.get(entry.getKey());
            if (n > 0) {
                thresholds.put(entry.getKey().name(), ranked.scores()[n - 1]);
            }
            alerted += n;
            fraudAlerted += ranked.fraudBefore()[n];
            fraud += ranked.fraudBefore()[ranked.size()];
        }
        return new AlertBudgets.Budget(share, thresholds, Rounding.round((double) (alerted - fraudAlerted) / Math.max(1, total - fraud)),
                Rounding.round((double) fraudAlerted / Math.max(1, fraud)));
    }

    private static Map<EventType, Ranked> rank(List<ReplayedEvent> events, double[] scores) {
        Map<EventType, List<Integer>> indices = new EnumMap<>(EventType.class);
        for (int i = 0; i < scores.length; i++) {
            indices.computeIfAbsent(EventKinds.typeOf(events.get(i)), t -> new ArrayList<>()).add(i);
        }
        Map<EventType, Ranked> ranked = new EnumMap<>(EventType.class);
        indices.forEach((type, list) -> {
            list.sort(Comparator.comparingDouble((Integer i) -> scores[i]).reversed());
            double[] s = new double[list.size()];
            int[] fraudBefore = new int[list.size() + 1];
            for (int k = 0; k < list.size(); k++) {
                s[k] = scores[list.get(k)];
                fraudBefore[k + 1] = fraudBefore[k] + (events.get(list.get(k)).fraud() ? 1 : 0);
            }
            ranked.put(type, new Ranked(s, fraudBefore));
        });
        return ranked;
    }
}
