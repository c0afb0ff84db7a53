package io.github.idfraud.trainer.evaluation;

import io.github.idfraud.models.DailyReview;
import io.github.idfraud.trainer.replay.ReplayedEvent;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Computes {@link DailyReview}: analysts review customers, not events, up to their daily capacity. */
final class DailyReviewPrecision {

    private final int capacity;

    DailyReviewPrecision(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("review capacity must be at least 1 customer a day, got " + capacity);
        }
        this.capacity = capacity;
    }

    /** One customer on one day: the highest score of their events and whether any of them is FRAUD. */
    private static final class CustomerDay {
        final String key;
        double score = Double.NEGATIVE_INFINITY;
        boolean fraud;

        CustomerDay(String key) {
            this.key = key;
        }
    }

    DailyReview evaluate(List<ReplayedEvent> events, double[] scores) {
        Map<LocalDate, Map<String, CustomerDay>> byDay = new TreeMap<>();
        for (int i = 0; i < events.size(); i++) {
            ReplayedEvent e = events.get(i);
            String key = e.tenant() + '/' + e.reviewKey();
            CustomerDay c = byDay.computeIfAbsent(LocalDate.ofInstant(e.occurredAt(), ZoneOffset.UTC), d -> new HashMap<>())
                    .computeIfAbsent(key, CustomerDay::new);
            c.score = Math.max(c.score, scores[i]);
            c.fraud |= e.fraud();
        }
        double precisionSum = 0;
        long reviewed = 0;
        long found = 0;
        long fraudTotal = 0;
        Comparator<CustomerDay> byScore = Comparator.<CustomerDay>comparingDouble(c -> -c.score).thenComparing(c -> c.key);
        for (Map<String, CustomerDay> day : byDay.values()) {
            List<CustomerDay> customers = new ArrayList<>(day.values());
            customers.sort(byScore);
            int k = Math.min(capacity, customers.size());
            int hits = 0;
            for (int i = 0; i < k; i++) {
                hits += customers.get(i).fraud ? 1 : 0;
            }
            for (CustomerDay c : customers) {
                fraudTotal += c.fraud ? 1 : 0;
            }
            precisionSum += (double) hits / k;
            reviewed += k;
            found += hits;
        }
        int days = byDay.size();
        return new DailyReview(capacity, days, days == 0 ? 0 : precisionSum / days, reviewed == 0 ? 0 : (double) found / reviewed,
                reviewed, found, fraudTotal, fraudTotal == 0 ? 0 : (double) found / fraudTotal);
    }
}
