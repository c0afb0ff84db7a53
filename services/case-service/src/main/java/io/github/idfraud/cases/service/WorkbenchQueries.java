package io.github.idfraud.cases.service;

import io.github.idfraud.cases.entity.CaseStatus;
import io.github.idfraud.cases.entity.FraudCase;
import io.github.idfraud.cases.entity.Priority;
import io.github.idfraud.contract.EventType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The workbench's reads: the queue with its filters, what each queued case is about, the cases of the same bank
 * that share an identifier. Every query is bound to the caller's tenant first; no join ever crosses tenants.
 */
@ApplicationScoped
public class WorkbenchQueries {

    private static final String ACTIVE = "('OPEN', 'IN_REVIEW', 'AWAITING_CONSUMER')";

    private final EntityManager entityManager;
    private final Clock clock;

    WorkbenchQueries(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** A queued case with the kinds of events behind it and their reason codes, most frequent first. */
    public record QueueRow(FraudCase fraudCase, Set<EventType> eventTypes, List<String> reasonCodes, boolean overdue) {
    }

    /** One page of the queue. */
    public record Queue(List<QueueRow> rows, long total, Map<Priority, Long> overdueByPriority) {
    }

    /** Another case of the same bank and the kinds of identifier (device, email...) it shares with this one. */
    public record LinkedCase(UUID caseId, CaseStatus status, Priority priority, Instant openedAt, List<String> shared) {
    }

    @Transactional
    public Queue queue(String tenant, String me, boolean supervisor, QueueFilter filter, int limit) {
        Instant now = clock.instant();
        StringBuilder where = new StringBuilder(" from fraud_case c where c.tenant = :tenant");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("tenant", tenant);
        if (!supervisor) {
            where.append(" and (c.assignee is null or c.assignee = :me)");
            parameters.put("me", me);
        }
        if (filter.status() == null) {
            where.append(" and c.status in ").append(ACTIVE);
        } else {
            where.append(" and c.status = :status");
            parameters.put("status", filter.status().name());
        }
        if (filter.mine()) {
            where.append(" and c.assignee = :mine");
            parameters.put("mine", me);
        } else if (supervisor && filter.assignee() != null) {
            where.append(" and c.assignee = :assignee");
            parameters.put("assignee", filter.assignee());
        }
        if (filter.overdue()) {
            where.append(" and c.due_at < :now and c.status in ").append(ACTIVE);
            parameters.put("now", now);
        }
        if (filter.reasonCode() != null) {
            where.append(" and exists (select 1 from case_event e, jsonb_array_elements(e.reasons) r"
                    + " where e.case_id = c.id and r->>'code' = :reason)");
            parameters.put("reason", filter.reasonCode());
        }
        if (filter.hint() != null) {
            where.append(" and exists (select 1 from case_event e where e.case_id = c.id and e.event_type in (:types))");
            parameters.put("types", filter.hint().eventTypes().stream().map(Enum::name).toList());
        }
        Query page = entityManager.createNativeQuery("select c.*" + where
                + " order by c.priority, c.due_at, c.id limit :limit", FraudCase.class);
        Query count = entityManager.createNativeQuery("select count(*)" + where);
        parameters.forEach((name, value) -> {
            page.setParameter(name, value);
            count.setParameter(name, value);
        });
        page.setParameter("limit", limit);
        @SuppressWarnings("unchecked")
        List<FraudCase> cases = page.getResultList();
        long total = ((Number) count.getSingleResult()).longValue();
        return new Queue(rows(cases, now), total, overdue(tenant, me, supervisor, now));
    }

    /** Reason codes on the tenant's active cases, for the queue's filter. */
    @Transactional
    public List<String> activeReasonCodes(String tenant) {
        @SuppressWarnings("unchecked")
        List<String> codes = entityManager.createNativeQuery("select distinct r->>'code' from fraud_case c"
                        + " join case_event e on e.case_id = c.id, jsonb_array_elements(e.reasons) r"
                        + " where c.tenant = :tenant and c.status in " + ACTIVE + " order by 1")
                .setParameter("tenant", tenant).getResultList();
        return codes;
    }

    /**
     * The most urgent unassigned active case, locked so two analysts pressing "take next" at once get two cases;
     * empty when the queue is clear. The caller assigns it in the same transaction.
     */
    public UUID nextUnassigned(String tenant) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = entityManager.createNativeQuery("select c.id from fraud_case c where c.tenant = :tenant"
                        + " and c.assignee is null and c.status in " + ACTIVE
                        + " order by c.priority, c.due_at, c.id limit 1 for update skip locked", UUID.class)
                .setParameter("tenant", tenant).getResultList();
        return ids.isEmpty() ? null : ids.get(0);
    }

    /** Other cases of this tenant that carry one of this case's identifier pseudonyms, most recent first. */
    @Transactional
    public List<LinkedCase> linked(String tenant, UUID caseId) {
        CaseWorkflow.read(tenant, caseId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select o.id, o.status, o.priority, o.opened_at,"
                        + " string_agg(distinct theirs.kind, ',' order by theirs.kind)"
                        + " from case_identifier mine"
                        + " join case_identifier theirs on theirs.tenant = mine.tenant and theirs.kind = mine.kind"
                        + " and theirs.pseudonym = mine.pseudonym and theirs.case_id <> mine.case_id"
                        + " join fraud_case o on o.id = theirs.case_id and o.tenant = mine.tenant"
                        + " where mine.case_id = :case and mine.tenant = :tenant"
                        + " group by o.id, o.status, o.priority, o.opened_at order by o.opened_at desc limit 50")
                .setParameter("case", caseId).setParameter("tenant", tenant).getResultList();
        List<LinkedCase> linked = new ArrayList<>();
        for (Object[] row : rows) {
            linked.add(new LinkedCase((UUID) row[0], CaseStatus.valueOf((String) row[1]),
                    Priority.valueOf((String) row[2]), toInstant(row[3]), List.of(((String) row[4]).split(","))));
        }
        return linked;
    }

    private List<QueueRow> rows(List<FraudCase> cases, Instant now) {
        if (cases.isEmpty()) {
            return List.of();
        }
        Map<UUID, Set<EventType>> types = new LinkedHashMap<>();
        Map<UUID, Map<String, Integer>> codes = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> events = entityManager.createNativeQuery("select e.case_id, e.event_type, r->>'code'"
                        + " from case_event e left join lateral jsonb_array_elements(e.reasons) r on true"
                        + " where e.case_id in (:ids)")
                .setParameter("ids", cases.stream().map(c -> c.id).toList()).getResultList();
        for (Object[] event : events) {
            UUID id = (UUID) event[0];
            types.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(EventType.valueOf((String) event[1]));
            if (event[2] != null) {
                codes.computeIfAbsent(id, k -> new LinkedHashMap<>()).merge((String) event[2], 1, Integer::sum);
            }
        }
        return cases.stream().map(c -> new QueueRow(c, types.getOrDefault(c.id, Set.of()),
                codes.getOrDefault(c.id, Map.of()).entrySet().stream()
                        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                        .map(Map.Entry::getKey).limit(3).toList(),
                CaseStatus.ACTIVE.contains(c.status) && c.dueAt.isBefore(now))).toList();
    }

    private Map<Priority, Long> overdue(String tenant, String me, boolean supervisor, Instant now) {
        Query query = entityManager.createNativeQuery("select c.priority, count(*) from fraud_case c"
                        + " where c.tenant = :tenant and c.status in " + ACTIVE + " and c.due_at < :now"
                        + (supervisor ? "" : " and (c.assignee is null or c.assignee = :me)") + " group by c.priority")
                .setParameter("tenant", tenant).setParameter("now", now);
        if (!supervisor) {
            query.setParameter("me", me);
        }
        Map<Priority, Long> counts = new EnumMap<>(Priority.class);
        for (Priority priority : Priority.values()) {
            counts.put(priority, 0L);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        rows.forEach(row -> counts.put(Priority.valueOf((String) row[0]), ((Number) row[1]).longValue()));
        return counts;
    }

    static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime time) {
            return time.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
