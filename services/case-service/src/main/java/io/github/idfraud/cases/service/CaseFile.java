package io.github.idfraud.cases.service;

import io.github.idfraud.cases.entity.CaseEvent;
import io.github.idfraud.cases.entity.CaseNote;
import io.github.idfraud.cases.entity.FraudCase;
import io.github.idfraud.cases.entity.OutboxEmail;
import io.github.idfraud.cases.entity.OutboxWebhook;
import java.util.List;
import java.util.Map;

/**
 * A case with everything an analyst reads on its page.
 *
 * @param bankEventIds each event's id as the bank sent it, by the event's row id
 */
public record CaseFile(FraudCase fraudCase, List<CaseEvent> events, Map<Long, String> bankEventIds, List<CaseNote> notes,
                       List<OutboxEmail> emails, List<OutboxWebhook> webhooks) {
}
