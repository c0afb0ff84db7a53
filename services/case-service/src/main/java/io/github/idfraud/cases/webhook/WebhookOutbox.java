package io.github.idfraud.cases.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.idfraud.cases.entity.CaseEvent;
import io.github.idfraud.cases.entity.ConsumerAnswer;
import io.github.idfraud.cases.entity.FraudCase;
import io.github.idfraud.cases.entity.OutboxWebhook;
import io.github.idfraud.cases.entity.WebhookStatus;
import io.github.idfraud.cases.security.EventIdSeal;
import io.github.idfraud.contract.ContractJson;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * Queues the bank's webhook in the caller's transaction (the consumer's answer), so the answer and the promise to
 * tell the bank commit together or not at all. Only "not me" is sent: it is the answer a bank must act on at once.
 */
@ApplicationScoped
public class WebhookOutbox {

    private final ObjectMapper json = ContractJson.newMapper();
    private final EventIdSeal eventIds;

    WebhookOutbox(EventIdSeal eventIds) {
        this.eventIds = eventIds;
    }

    /** The caller holds the case's lock, so the existence check cannot race (the unique constraint backs it up). */
    public void consumerAnswered(FraudCase fraudCase, CaseEvent event, ConsumerAnswer answer, Instant answeredAt) {
        if (answer != ConsumerAnswer.NOT_ME || OutboxWebhook.exists(fraudCase.id, answer)) {
            return;
        }
        OutboxWebhook webhook = new OutboxWebhook();
        webhook.id = UUID.randomUUID();
        webhook.caseId = fraudCase.id;
        webhook.caseEventId = event.id;
        webhook.tenant = fraudCase.tenant;
        webhook.answer = answer;
        webhook.status = WebhookStatus.PENDING;
        webhook.nextAttemptAt = answeredAt;
        webhook.createdAt = answeredAt;
        webhook.persist();
    }

    /**
     * The JSON body the bank receives, byte for byte what is signed and posted, built at each attempt from the rows
     * it describes (which do not change), so the bank's event id is never kept in clear for it.
     */
    public byte[] body(OutboxWebhook webhook) {
        CaseEvent event = CaseEvent.findById(webhook.caseEventId);
        return write(new WebhookBody(WebhookBody.VERSION, WebhookBody.CONSUMER_ANSWER, webhook.id, webhook.tenant,
                webhook.caseId, eventIds.open(event).orElse(null), event.type,
                event.occurredAt, webhook.answer, webhook.createdAt)).getBytes(StandardCharsets.UTF_8);
    }

    private String write(WebhookBody body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("webhook body cannot be written as JSON", e);
        }
    }
}
