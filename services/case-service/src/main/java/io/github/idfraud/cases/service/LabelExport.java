package io.github.idfraud.cases.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.idfraud.cases.entity.CaseLabel;
import io.github.idfraud.cases.security.EventIdSeal;
import io.github.idfraud.contract.ContractJson;
import io.github.idfraud.contract.EventLogLine;
import io.github.idfraud.contract.Label;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/** The labels of one tenant as event-log lines (JSON Lines), oldest {@code reportedAt} first, for retraining. */
@ApplicationScoped
public class LabelExport {

    private final ObjectMapper json = ContractJson.newMapper();
    private final EventIdSeal eventIds;

    LabelExport(EventIdSeal eventIds) {
        this.eventIds = eventIds;
    }

    /** Each label names the bank's own event id, opened from its seal, as the bank's event log does. */
    @Transactional
    public String ndjson(String tenant, Instant since, int limit) {
        StringBuilder lines = new StringBuilder();
        for (CaseLabel label : CaseLabel.exportable(tenant, since, limit)) {
            Optional<String> eventId = eventIds.open(label);
            if (eventId.isEmpty()) {
                continue; // its seal opens under no configured key: it cannot name an event of the bank's log
            }
            Label opened = new Label(eventId.get(), label.label, label.reportedAt, label.source);
            try {
                lines.append(json.writeValueAsString(EventLogLine.label(label.tenant, opened))).append('\n');
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("label cannot be written as JSON", e);
            }
        }
        return lines.toString();
    }
}
