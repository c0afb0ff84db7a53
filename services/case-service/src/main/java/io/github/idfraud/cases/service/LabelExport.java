package io.github.idfraud.cases.service;

import io.github.idfraud.cases.entity.CaseLabel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** The labels of one tenant as event-log lines (JSON Lines), oldest {@code reportedAt} first, for retraining. */
@ApplicationScoped
public class LabelExport {

    private final LabelOutbox outbox;

    LabelExport(LabelOutbox outbox) {
        this.outbox = outbox;
    }

    @Transactional
    public String ndjson(String tenant, Instant since, int limit) {
        StringBuilder lines = new StringBuilder();
        for (CaseLabel label : CaseLabel.exportable(tenant, since, limit)) {
            lines.append(outbox.line(label)).append('\n');
        }
        return lines.toString();
    }
}
