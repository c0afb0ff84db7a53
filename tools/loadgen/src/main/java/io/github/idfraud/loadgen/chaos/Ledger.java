package io.github.idfraud.loadgen.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.idfraud.contract.AlertEntry;
import io.github.idfraud.contract.ContactCipher;
import io.github.idfraud.contract.RedisKeys;
import io.github.idfraud.contract.StreamNames;
import io.github.idfraud.features.Pseudonymiser;
import io.github.idfraud.loadgen.redis.RedisAdmin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What one phase left in every store, counted against what was raised or acknowledged: each scored event must have its
 * idempotency record in Redis; each alert on the stream must
 * be exactly one case event; each queued e-mail delivered exactly once; each acknowledged note stored once; each
 * event of an acknowledged closed case a label, published once on the labels stream.
 */
record Ledger(long alerts, long cases, long emails, long emailsDelivered, long notes, long labels,
              Map<String, Long> lost, Map<String, Long> duplicated) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Ledger count(ChaosSystem system, String prefix, PhaseTraffic traffic, AnalystDesk desk) throws Exception {
        Map<String, Long> lost = new TreeMap<>();
        Map<String, Long> duplicated = new TreeMap<>();
        Map<String, Integer> alertEntries = new HashMap<>();
        long deadLetters;
        Map<String, Integer> labelEntries = new HashMap<>();
        // Event ids travel and rest only sealed: this phase's events are found by opening them; events are matched
        // across stores by tenant and reference.
        ContactCipher cipher = new ContactCipher(system.secrets().contactEncryptionKey());
        try (RedisAdmin redis = RedisAdmin.open(system.redisUrls())) {
            redis.streamEntries(StreamNames.ALERTS, fields -> {
                JsonNode alert = read(fields.get(StreamNames.FIELD_ALERT));
                String tenant = alert.path("tenant").asText();
                String eventRef = alert.path("eventRef").asText();
                if (open(cipher, tenant, eventRef, alert.path("sealedEventId").asText()).startsWith(prefix)) {
                    alertEntries.merge(tenant + "/" + eventRef, 1, Integer::sum);
                }
            });
            long[] dead = {0};
            redis.streamEntries(StreamNames.ALERTS_DEAD_LETTER, fields -> {
                if (fields.values().stream().anyMatch(value -> value.contains(prefix))) {
                    dead[0]++;
                }
            });
            deadLetters = dead[0];
            // A scored event's idempotency record is what stops a retry from counting it twice: one an acknowledged
            // write put on a primary that died before its replica had it would be lost with it.
            Pseudonymiser references = new Pseudonymiser(system.secrets().pseudonymisationKey());
            List<String> records = new ArrayList<>();
            for (int i = 0; i < traffic.requests().size(); i++) {
                PhaseTraffic.Sent sent = traffic.sent(i);
                if (sent.scored()) {
                    records.add(RedisKeys.eventRecord(references.eventReference(sent.customer().tenant(),
                            sent.eventId())));
                }
            }
            lost.put("idempotency records of scored events", redis.missing(records));
            redis.streamEntries(StreamNames.LABELS, fields -> {
                JsonNode label = read(fields.get(StreamNames.FIELD_LABEL));
                // Every label, not only this phase's: the supervisor closes whichever case is most urgent.
                labelEntries.merge(label.path("tenant").asText() + "/" + label.path("eventRef").asText() + "/"
                        + label.path("source").asText(), 1, Integer::sum);
            });
        }
        duplicated.put("alerts on the stream twice", alertEntries.values().stream().filter(n -> n > 1)
                .mapToLong(n -> n - 1).sum());

        try (Connection db = system.connectDatabase()) {
            Set<String> caseEvents = new HashSet<>();
            Map<Long, String> phaseEventIds = new HashMap<>();
            Set<String> caseIds = new HashSet<>();
            long caseEventRows = 0;
            try (PreparedStatement query = db.prepareStatement(
                    "select id, case_id, tenant, event_ref, sealed_event_id from case_event");
                 ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String eventId = open(cipher, rows.getString(3), rows.getString(4), rows.getString(5));
                    if (eventId.startsWith(prefix)) {
                        phaseEventIds.put(rows.getLong(1), eventId);
                        caseIds.add(rows.getString(2));
                        caseEvents.add(rows.getString(3) + "/" + rows.getString(4));
                        caseEventRows++;
                    }
                }
            }
            long cases = caseIds.size();
            long alertsWithoutCase = alertEntries.keySet().stream().filter(key -> !caseEvents.contains(key)).count();
            lost.put("alerts without a case", alertsWithoutCase);
            lost.put("alerts dead-lettered", deadLetters);
            duplicated.put("case events twice", caseEventRows - caseEvents.size());

            // Each customer's e-mails: as many as the outbox sent for their cases, each received exactly once.
            Map<String, Long> emailsByStatus = new TreeMap<>();
            Map<String, Integer> sentByCustomer = new HashMap<>();
            try (PreparedStatement query = db.prepareStatement("select case_event_id, status from email_outbox");
                 ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String eventId = phaseEventIds.get(rows.getLong(1));
                    if (eventId == null) {
                        continue;
                    }
                    String status = rows.getString(2);
                    emailsByStatus.merge(status, 1L, Long::sum);
                    if (status.equals("SENT")) {
                        sentByCustomer.merge(PhaseTraffic.customerOf(eventId), 1, Integer::sum);
                    }
                }
            }
            long emails = emailsByStatus.getOrDefault("SENT", 0L) + emailsByStatus.getOrDefault("PENDING", 0L)
                    + emailsByStatus.getOrDefault("FAILED", 0L);
            Map<String, Integer> received = system.mail().receivedByRecipient();
            long delivered = 0;
            long neverReceived = 0;
            long extraMessages = 0;
            for (PhaseTraffic.Customer customer : traffic.customers()) {
                int sent = sentByCustomer.getOrDefault(customer.customerId(), 0);
                int got = received.getOrDefault(customer.email().toLowerCase(), 0);
                delivered += Math.min(sent, got);
                neverReceived += Math.max(0, sent - got);
                extraMessages += Math.max(0, got - sent);
            }
            lost.put("e-mails not sent", emailsByStatus.getOrDefault("PENDING", 0L)
                    + emailsByStatus.getOrDefault("FAILED", 0L));
            lost.put("e-mails marked sent, never received", neverReceived);
            duplicated.put("e-mails received twice", extraMessages);

            Map<String, String> notes = desk.acknowledgedNotes();
            long notesMissing = 0;
            long notesTwice = 0;
            try (PreparedStatement query = db.prepareStatement("select count(*) from case_note where body = ?")) {
                for (String text : notes.values()) {
                    query.setString(1, text);
                    long found = single(query);
                    notesMissing += found == 0 ? 1 : 0;
                    notesTwice += Math.max(0, found - 1);
                }
            }
            lost.put("notes", notesMissing);
            duplicated.put("notes", notesTwice);

            Map<String, String> closed = desk.acknowledgedClosures();
            long labels = 0;
            long labelsMissing = 0;
            long labelsUnpublished = 0;
            long labelsTwice = 0;
            if (!closed.isEmpty()) {
                Array ids = db.createArrayOf("uuid", closed.keySet().toArray());
                try (PreparedStatement query = db.prepareStatement("select ce.tenant, ce.event_ref, l.source "
                        + "from case_event ce left join case_label l on l.tenant = ce.tenant and l.event_ref = ce.event_ref "
                        + "and l.source = 'CASE' where ce.case_id = any(?)")) {
                    query.setArray(1, ids);
                    try (ResultSet rows = query.executeQuery()) {
                        while (rows.next()) {
                            labels++;
                            if (rows.getString(3) == null) {
                                labelsMissing++;
                                continue;
                            }
                            int published = labelEntries.getOrDefault(rows.getString(1) + "/" + rows.getString(2)
                                    + "/" + rows.getString(3), 0);
                            labelsUnpublished += published == 0 ? 1 : 0;
                            labelsTwice += Math.max(0, published - 1);
                        }
                    }
                }
            }
            lost.put("labels of closed cases", labelsMissing);
            lost.put("labels never on the stream", labelsUnpublished);
            duplicated.put("labels on the stream twice", labelsTwice);
            return new Ledger(alertEntries.size(), cases, emails, delivered, notes.size(), labels, lost,
                    duplicated);
        }
    }

    /** The bank's event id from its seal; empty for what does not open (another run's key, or no seal). */
    private static String open(ContactCipher cipher, String tenant, String eventRef, String sealedEventId) {
        try {
            return cipher.decrypt(sealedEventId, AlertEntry.sealedEventIdBinding(tenant, eventRef));
        } catch (IllegalArgumentException notThisRun) {
            return "";
        }
    }

    private static long single(PreparedStatement query) throws SQLException {
        try (ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static JsonNode read(String text) {
        try {
            return JSON.readTree(text == null ? "{}" : text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
