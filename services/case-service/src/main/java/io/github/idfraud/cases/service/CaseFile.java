package io.github.idfraud.cases.service;

import io.github.idfraud.cases.entity.CaseEvent;
import io.github.idfraud.cases.entity.CaseNote;
import io.github.idfraud.cases.entity.FraudCase;
import io.github.idfraud.cases.entity.OutboxEmail;
import io.github.idfraud.cases.entity.OutboxWebhook;
import java.util.List;

/** A case with everything an analyst reads on its page. */
public record CaseFile(FraudCase fraudCase, List<CaseEvent> events, List<CaseNote> notes, List<OutboxEmail> emails,
                       List<OutboxWebhook> webhooks) {
}
