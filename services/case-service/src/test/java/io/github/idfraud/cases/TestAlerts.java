package io.github.idfraud.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.idfraud.contract.AlertEntry;
import io.github.idfraud.contract.ContactCipher;
import io.github.idfraud.contract.ContactDetails;
import io.github.idfraud.contract.ContractJson;
import io.github.idfraud.contract.DecisionType;
import io.github.idfraud.contract.EventType;
import io.github.idfraud.contract.Explanation;
import io.github.idfraud.contract.LabelEntrySignature;
import io.github.idfraud.contract.Reason;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.stream.StreamMessage;
import io.quarkus.redis.datasource.stream.StreamRange;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Builds alerts as the scoring service writes them and puts them on the test alert stream. */
final class TestAlerts {

    static final String STREAM = "test-case-alerts";
    static final String DEAD_LETTERS = "test-case-alerts-dead";
    static final String LABELS = "test-case-labels";
    static final String GROUP = "case-service";
    static final String TENANT = "bank-a";
    static final String OTHER_TENANT = "bank-b";
    /** Same value as %test.fraud.contact-encryption-key. */
    /** The test profile's contact-encryption key. */
    static final String CONTACT_KEY = "dGVzdC1vbmx5LWNvbnRhY3Qta2V5LTMyLWJ5dGVzISE=";
    static final ContactCipher CIPHER = new ContactCipher(CONTACT_KEY);
    private static final LabelEntrySignature LABEL_SIGNATURE = LabelEntrySignature.fromContactKey(CONTACT_KEY);

    private static final ObjectMapper JSON = ContractJson.newMapper();
    /** The database and Redis outlive a run: every id carries this run's mark. */
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36)
            + Integer.toString(ThreadLocalRandom.current().nextInt(1_000), 36);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private TestAlerts() {
    }

    static String id(String prefix) {
        return prefix + "-" + RUN + "-" + SEQUENCE.incrementAndGet();
    }

    /** Stands in for the scoring service's keyed HMAC: a stable, non-reversible name for a raw identifier. */
    static String pseudonym(String raw) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("test|" + raw).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static AlertEntry alert(String tenant, String eventId, EventType type, double score, String customer,
                            ContactDetails contact) {
        Map<String, String> keys = new HashMap<>();
        keys.put("customer", pseudonym(customer));
        keys.put("device", pseudonym("device-of-" + customer));
        String sealed = contact == null ? null : CIPHER.encrypt(write(contact), tenant + "/" + eventId);
        return new AlertEntry(tenant, null, type, Instant.now(), keys, score,
                score >= 0.9 ? DecisionType.DECLINE : DecisionType.REVIEW,
                List.of(new Reason("NEW_DEVICE", 1, "first time this device was seen for the customer"),
                        new Reason("CONTACT_CHANGE_24H", 1, "contact details changed in the last 24 hours")),
                "test-model-1", sealed, explanation("test-model-1", score), eventRef(eventId),
                sealedEventId(tenant, eventId));
    }

    /** Stands in for the scoring service's keyed event reference ({@code <key id>.<reference>}). */
    static String eventRef(String eventId) {
        return "testkey." + pseudonym("event|" + eventId);
    }

    /** The bank's event id sealed as the scoring service seals it on an alert. */
    static String sealedEventId(String tenant, String eventId) {
        return CIPHER.encrypt(eventId, AlertEntry.sealedEventIdBinding(tenant, eventRef(eventId)));
    }

    /** What a model would have seen: a new device and a contact change, the two strongest contributions. */
    static Explanation explanation(String modelVersion, double score) {
        return new Explanation(modelVersion, score, List.of(
                new Explanation.Contribution("customer_new_device", 1.0, 1.25),
                new Explanation.Contribution("customer_contact_changes_24h", 1.0, 0.8),
                new Explanation.Contribution("customer_age_days", 400.0, -0.3)),
                Map.of("customer_new_device", 1.0, "customer_contact_changes_24h", 1.0, "customer_age_days", 400.0));
    }

    /**
     * The label entry about {@code eventId} among the labels stream's latest 200, signed as the scoring service checks,
     * or null. It names the event by the alert's reference, never by the bank's id.
     */
    static JsonPath labelOnStream(RedisDataSource redis, String eventId) {
        for (StreamMessage<String, String, String> entry : redis.stream(String.class)
                .xrevrange(LABELS, StreamRange.of("+", "-"), 200)) {
            String payload = entry.payload().get("label");
            JsonPath line = JsonPath.from(payload);
            if (eventRef(eventId).equals(line.getString("eventRef")) && "2".equals(entry.payload().get("v"))
                    && LABEL_SIGNATURE.verifies("2", payload, entry.payload().get("sig"))) {
                assertThat(payload).doesNotContain(eventId);
                return line;
            }
        }
        return null;
    }

    static Map<String, String> fields(AlertEntry alert) {
        return Map.of("v", AlertEntry.SCHEMA_VERSION, "alert", write(alert));
    }

    static String publish(RedisDataSource redis, AlertEntry alert) {
        return redis.stream(String.class).xadd(STREAM, fields(alert));
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
