package io.github.idfraud.cases.service;

import io.github.idfraud.cases.config.CaseConfig;
import io.github.idfraud.cases.entity.CaseEvent;
import io.github.idfraud.cases.mail.ContactOpener;
import io.github.idfraud.cases.security.EventIdSeal;
import io.github.idfraud.cases.redis.StreamEntry;
import io.github.idfraud.cases.redis.StreamMaintenance;
import io.github.idfraud.contract.ContactDetails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.TupleElement;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A data subject's rights over what the case service holds about them, found by the pseudonyms the scoring service
 * computed from their identifiers (this service never sees a raw identifier): their cases with everything under them,
 * and their entries on the alert, dead-letter and label streams. Export reads it all, opening the person's own sealed
 * contacts (the export goes to them); erase deletes it. Both are recorded in data_subject_request, without the
 * pseudonyms asked about.
 */
@ApplicationScoped
public class DataSubjects {

    /** One pseudonymous identifier, by the alert's kind name (e.g. {@code nationalId}). */
    public record Pseudonym(String kind, String value) {
    }

    /** Everything held about the person: each case as its rows per table, and their stream entries per stream. */
    public record Export(List<Map<String, Object>> cases, Map<String, List<StreamEntry>> streams) {
    }

    /** What an erasure removed. */
    public record Erasure(int cases, long rows, long streamEntries, long auditReasonsRedacted) {
    }

    /** The rows under a case an export shows, by table; personal data only where the person gave it. */
    private static final Map<String, String> CASE_ROWS = orderedMap(
            "notes", "select author, body, created_at from case_note where case_id = ?1 order by id",
            "answerLinks", "select expires_at, used_at, answer from answer_token where case_id = ?1 order by expires_at",
            "emails", "select template, status, created_at, sent_at from email_outbox where case_id = ?1"
                    + " order by created_at, id",
            "bankWebhooks", "select answer, status, created_at, delivered_at from webhook_outbox where case_id = ?1"
                    + " order by created_at",
            "labels", "select event_ref, label, source, reported_at from case_label where case_id = ?1 order by id",
            "identifiers", "select kind, pseudonym from case_identifier where case_id = ?1 order by kind",
            "audit", "select at, actor, action, from_status, to_status, reason from case_audit where case_id = ?1"
                    + " order by at, id");

    private final EntityManager entities;
    private final CaseDeletion deletion;
    private final StreamMaintenance streams;
    private final ContactOpener contacts;
    private final EventIdSeal eventIds;
    private final Clock clock;
    private final String alertStream;
    private final String deadLetterStream;
    private final String labelStream;

    DataSubjects(EntityManager entities, CaseDeletion deletion, StreamMaintenance streams, ContactOpener contacts,
                 EventIdSeal eventIds, CaseConfig config, Clock clock) {
        this.eventIds = eventIds;
        this.entities = entities;
        this.deletion = deletion;
        this.streams = streams;
        this.contacts = contacts;
        this.clock = clock;
        this.alertStream = config.alerts().stream();
        this.deadLetterStream = config.alerts().deadLetterStream();
        this.labelStream = config.labels().stream();
    }

    @Transactional
    public Export export(Collection<Pseudonym> pseudonyms, String actor) {
        List<UUID> caseIds = casesOf(pseudonyms);
        List<Map<String, Object>> cases = new ArrayList<>();
        int rows = 0;
        for (UUID caseId : caseIds) {
            Map<String, Object> fraudCase = new LinkedHashMap<>(rows("select id, tenant, identity_kind, identity_key,"
                    + " status, disposition, priority, max_score, assignee, opened_at, closed_at from fraud_case"
                    + " where id = ?1", caseId).get(0));
            List<Map<String, Object>> events = CaseEvent.<CaseEvent>list("caseId = ?1 order by occurredAt, id", caseId)
                    .stream().map(this::event).toList();
            fraudCase.put("events", events);
            rows += 1 + events.size();
            for (var table : CASE_ROWS.entrySet()) {
                List<Map<String, Object>> found = rows(table.getValue(), caseId);
                fraudCase.put(table.getKey(), found);
                rows += found.size();
            }
            cases.add(fraudCase);
        }
        Map<String, List<StreamEntry>> entries = streamEntries(pseudonyms, caseIds);
        record("EXPORT", actor, caseIds.size(), rows + entries.values().stream().mapToInt(List::size).sum());
        return new Export(cases, entries);
    }

    /**
     * Deletes the person's stream entries, blanks the free-text reasons in their cases' audit rows, and deletes the
     * cases with everything under them. Running it again finds nothing and changes nothing but its own record.
     */
    @Transactional
    public Erasure erase(Collection<Pseudonym> pseudonyms, String actor) {
        List<UUID> caseIds = casesOf(pseudonyms);
        long streamEntries = 0;
        for (var stream : streamEntries(pseudonyms, caseIds).entrySet()) {
            streamEntries += streams.delete(stream.getKey(), stream.getValue());
        }
        long redacted = caseIds.isEmpty() ? 0 : ((Number) entities.createNativeQuery(
                        "select case_audit_redact(cast(string_to_array(?1, ',') as uuid[]))")
                .setParameter(1, caseIds.stream().map(UUID::toString).collect(Collectors.joining(","))).getSingleResult()).longValue();
        int rows = deletion.delete(caseIds);
        record("ERASE", actor, caseIds.size(), (int) Math.min(Integer.MAX_VALUE, rows + streamEntries));
        return new Erasure(caseIds.size(), rows, streamEntries, redacted);
    }

    /** Cases about any of the pseudonyms: as the identity a case is keyed on, or as any identifier its alerts carried. */
    private List<UUID> casesOf(Collection<Pseudonym> pseudonyms) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (Pseudonym p : pseudonyms) {
            ids.addAll(entities.createNativeQuery("select id from fraud_case where identity_kind = ?1 and identity_key = ?2"
                            + " union select case_id from case_identifier where kind = ?1 and pseudonym = ?2", UUID.class)
                    .setParameter(1, p.kind()).setParameter(2, p.value()).getResultList());
        }
        return List.copyOf(ids);
    }

    private Map<String, List<StreamEntry>> streamEntries(Collection<Pseudonym> pseudonyms, List<UUID> caseIds) {
        // 96-bit pseudonyms: an entry naming one anywhere is about the person (a dead letter may not even parse)
        Set<String> values = pseudonyms.stream().map(Pseudonym::value).collect(Collectors.toSet());
        Predicate<StreamEntry> namesPerson = entry -> entry.fields().values().stream()
                .anyMatch(field -> field != null && values.stream().anyMatch(field::contains));
        Map<String, List<StreamEntry>> found = new LinkedHashMap<>();
        found.put(alertStream, streams.find(alertStream, namesPerson));
        found.put(deadLetterStream, streams.find(deadLetterStream, namesPerson));
        found.put(labelStream, streams.find(labelStream, labelOfEvents(caseIds)));
        return found;
    }

    /**
     * Label entries carry the tenant and the event's reference, or the bank's event id (entries for events whose alert
     * carried no reference, and entries written before references): those of the person's case events.
     */
    @SuppressWarnings("unchecked")
    private Predicate<StreamEntry> labelOfEvents(List<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return entry -> false;
        }
        List<CaseEvent> events = CaseEvent.list("caseId in ?1", caseIds);
        List<List<String>> wanted = new ArrayList<>();
        for (CaseEvent event : events) {
            String tenant = "\"tenant\":\"" + event.tenant + "\"";
            wanted.add(List.of(tenant, "\"eventRef\":\"" + event.eventRef + "\""));
            eventIds.open(event).ifPresent(id -> wanted.add(List.of(tenant, "\"eventId\":\"" + id + "\"")));
        }
        return entry -> entry.fields().values().stream().anyMatch(field -> field != null
                && wanted.stream().anyMatch(pair -> field.contains(pair.get(0)) && field.contains(pair.get(1))));
    }

    private Map<String, Object> event(CaseEvent event) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("eventId", eventIds.open(event).orElse(null));
        row.put("type", event.type);
        row.put("occurredAt", event.occurredAt);
        row.put("score", event.score);
        row.put("decision", event.decision);
        row.put("reasons", event.reasons);
        row.put("modelVersion", event.modelVersion);
        row.put("receivedAt", event.receivedAt);
        row.put("contact", contact(event));
        return row;
    }

    /** The person's own contact as the bank verified it; null when purged or unreadable. */
    private ContactDetails contact(CaseEvent event) {
        if (event.encryptedContact == null) {
            return null;
        }
        try {
            return contacts.open(event);
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> rows(String sql, UUID caseId) {
        List<Tuple> tuples = entities.createNativeQuery(sql, Tuple.class).setParameter(1, caseId).getResultList();
        return tuples.stream().map(DataSubjects::columns).toList();
    }

    private static Map<String, Object> columns(Tuple tuple) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (TupleElement<?> column : tuple.getElements()) {
            row.put(camel(column.getAlias()), tuple.get(column));
        }
        return row;
    }

    private void record(String action, String actor, int cases, int rows) {
        entities.createNativeQuery("insert into data_subject_request (at, actor, action, cases, rows)"
                        + " values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, clock.instant()).setParameter(2, actor).setParameter(3, action)
                .setParameter(4, cases).setParameter(5, rows).executeUpdate();
    }

    private static String camel(String column) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
