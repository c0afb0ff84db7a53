package io.github.idfraud.cases.service;

import io.github.idfraud.cases.entity.Disposition;
import io.github.idfraud.cases.entity.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A bank's figures for the workbench overview over the last {@link #DAYS} days (UTC days): alerts per day, how cases
 * were closed, the share of analyst and consumer outcomes that confirmed fraud (alert precision), consumer answers,
 * and the cases overdue now.
 */
@ApplicationScoped
public class TenantOverview {

    public static final int DAYS = 30;

    private final EntityManager entityManager;
    private final Clock clock;

    TenantOverview(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** The figures; per-day maps hold every day of the period, oldest first, zero where nothing happened. */
    public record Figures(Map<LocalDate, Long> alertsPerDay, Map<Disposition, Long> dispositions,
                          Map<LocalDate, Double> precisionPerDay, Map<String, Long> consumerAnswers,
                          Map<Priority, Long> overdue) {
    }

    @Transactional
    public Figures of(String tenant) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate first = today.minusDays(DAYS - 1L);
        Instant since = first.atStartOfDay(ZoneOffset.UTC).toInstant();

        Map<LocalDate, Long> alerts = days(first, today, 0L);
        rows("select cast(received_at at time zone 'UTC' as date), count(*) from case_event"
                + " where tenant = :tenant and received_at >= :since group by 1", tenant, since)
                .forEach(row -> alerts.put(date(row[0]), count(row[1])));

        Map<Disposition, Long> dispositions = new EnumMap<>(Disposition.class);
        for (Disposition disposition : Disposition.values()) {
            dispositions.put(disposition, 0L);
        }
        Map<LocalDate, long[]> outcomes = new LinkedHashMap<>();
        rows("select cast(closed_at at time zone 'UTC' as date), disposition, count(*) from fraud_case"
                + " where tenant = :tenant and closed_at >= :since and disposition is not null group by 1, 2",
                tenant, since).forEach(row -> {
                    Disposition disposition = Disposition.valueOf((String) row[1]);
                    long n = count(row[2]);
                    dispositions.merge(disposition, n, Long::sum);
                    long[] confirmedAndAll = outcomes.computeIfAbsent(date(row[0]), d -> new long[2]);
                    confirmedAndAll[0] += disposition == Disposition.CONFIRMED_FRAUD ? n : 0;
                    confirmedAndAll[1] += n;
                });
        Map<LocalDate, Double> precision = days(first, today, null);
        outcomes.forEach((day, confirmedAndAll) -> precision.put(day, (double) confirmedAndAll[0] / confirmedAndAll[1]));

        Map<String, Long> answers = new LinkedHashMap<>();
        answers.put("ME", 0L);
        answers.put("NOT_ME", 0L);
        rows("select answer, count(*) from answer_token where tenant = :tenant and used_at >= :since"
                + " and answer is not null group by 1", tenant, since)
                .forEach(row -> answers.put((String) row[0], count(row[1])));

        Map<Priority, Long> overdue = new EnumMap<>(Priority.class);
        for (Priority priority : Priority.values()) {
            overdue.put(priority, 0L);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> late = entityManager.createNativeQuery("select priority, count(*) from fraud_case"
                        + " where tenant = :tenant and status in ('OPEN', 'IN_REVIEW', 'AWAITING_CONSUMER')"
                        + " and due_at < :now group by 1")
                .setParameter("tenant", tenant).setParameter("now", now).getResultList();
        late.forEach(row -> overdue.put(Priority.valueOf((String) row[0]), count(row[1])));
        return new Figures(alerts, dispositions, precision, answers, overdue);
    }

    private List<Object[]> rows(String sql, String tenant, Instant since) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(sql)
                .setParameter("tenant", tenant).setParameter("since", since).getResultList();
        return rows;
    }

    private static <V> Map<LocalDate, V> days(LocalDate first, LocalDate last, V initial) {
        Map<LocalDate, V> days = new LinkedHashMap<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            days.put(day, initial);
        }
        return days;
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate date ? date : ((java.sql.Date) value).toLocalDate();
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }
}
