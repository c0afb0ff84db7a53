package io.github.idfraud.trainer.evaluation;

import io.github.idfraud.contract.EventType;
import io.github.idfraud.models.AlertBudgets;
import io.github.idfraud.trainer.replay.ReplayedEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Spends an alert budget across event types where it catches most labelled fraud: each type's events are taken in
 * descending score, a chunk at a time, and the next chunk always comes from the type whose next chunk has the highest
 * share of FRAUD (ties go to the higher score). Spending stops at the budget or when no type's next chunk holds any
 * FRAUD: the budget is a ceiling, and alerts that found nothing on the calibration period only add false alarms on
 * traffic that drifts. A type's REVIEW threshold is the lowest score it was given. Chunks of at least {@value #MIN_CHUNK} events keep one lucky event from buying a whole type.
 */
public final class AlertBudgetCalibrator {

    /**
     * The default budget: simulated logs carry about 1% fraud events, so 1.5% of all events leaves about 0.5-1% of
     * the legitimate ones for analysts; a bank with less fraud sets its own lower budget.
     */
    public static final double DEFAULT_SHARE = 0.015;
    static final double[] SHARES = {0.002, 0.005, 0.01, 0.015, 0.02, 0.03, 0.05};
    static final int MIN_CHUNK = 10;
    private static final double CHUNK_SHARE = 0.001;

    public AlertBudgets calibrate(List<ReplayedEvent> events, double[] scores, String calibratedOn) {
        Map<EventType, double[]> byType = scoresByType(events, scores, false);
        Map<EventType, double[]> fraudByType = scoresByType(events, scores, true);
        List<AlertBudgets.Budget> budgets = new ArrayList<>();
        for (double share : SHARES) {
            budgets.add(budget(share, events.size(), byType, fraudByType));
        }
        return new AlertBudgets(DEFAULT_SHARE, calibratedOn, budgets);
    }

    private static AlertBudgets.Budget budget(double share, int total, Map<EventType, double[]> byType,
                                             Map<EventType, double[]> fraudByType) {
        long allowed = (long) Math.floor(share * total);
        Map<EventType, Integer> taken = new EnumMap<>(EventType.class);
        byType.keySet().forEach(t -> taken.put(t, 0));
        long spent = 0;
        while (true) {
            EventType best = null;
            double bestPrecision = -1;
            double bestScore = -1;
            for (var entry : byType.entrySet()) {
                double[] descending = entry.getValue();
                int from = taken.get(entry.getKey());
                int chunk = chunk(descending.length);
                if (from >= descending.length || spent + Math.min(chunk, descending.length - from) > allowed) {
                    continue;
                }
                int to = Math.min(descending.length, from + chunk);
                int fraud = fraudBetween(fraudByType.getOrDefault(entry.getKey(), new double[0]), descending[to - 1],
                        from == 0 ? Double.MAX_VALUE : descending[from - 1]);
                double precision = (double) fraud / (to - from);
                if (precision > bestPrecision || precision == bestPrecision && descending[from] > bestScore) {
                    best = entry.getKey();
                    bestPrecision = precision;
                    bestScore = descending[from];
                }
            }
            if (best == null || bestPrecision == 0) {
                break; // a chunk without any labelled fraud buys only false alarms: the budget is a ceiling
            }
            int from = taken.get(best);
            int to = Math.min(byType.get(best).length, from + chunk(byType.get(best).length));
            taken.put(best, to);
            spent += to - from;
        }
        Map<String, Double> thresholds = new LinkedHashMap<>();
        taken.forEach((type, n) -> {
            if (n > 0) {
                thresholds.put(type.name(), byType.get(type)[n - 1]);
            }
        });
        return new AlertBudgets.Budget(share, thresholds);
    }

    private static int chunk(int typeEvents) {
        return Math.max(MIN_CHUNK, (int) Math.ceil(CHUNK_SHARE * typeEvents));
    }

    /** FRAUD events of a type with a score in [low, high). */
    private static int fraudBetween(double[] fraudDescending, double low, double high) {
        int n = 0;
        for (double s : fraudDescending) {
            n += s >= low && s < high ? 1 : 0;
        }
        return n;
    }

    private static Map<EventType, double[]> scoresByType(List<ReplayedEvent> events, double[] scores, boolean fraudOnly) {
        Map<EventType, List<Double>> lists = new EnumMap<>(EventType.class);
        for (int i = 0; i < scores.length; i++) {
            ReplayedEvent e = events.get(i);
            if (!fraudOnly || e.fraud()) {
                lists.computeIfAbsent(EventKinds.typeOf(e), t -> new ArrayList<>()).add(scores[i]);
            }
        }
        Map<EventType, double[]> result = new EnumMap<>(EventType.class);
        lists.forEach((type, list) -> {
            double[] a = list.stream().mapToDouble(Double::doubleValue).toArray();
            Arrays.sort(a);
            for (int i = 0, j = a.length - 1; i < j; i++, j--) {
                double tmp = a[i];
                a[i] = a[j];
                a[j] = tmp;
            }
            result.put(type, a);
        });
        return result;
    }
}
