package io.github.idfraud.cases.service;

import io.github.idfraud.cases.entity.CaseEvent;
import io.github.idfraud.cases.entity.CaseLabel;
import io.github.idfraud.cases.entity.FraudCase;
import io.github.idfraud.contract.LabelSource;
import io.github.idfraud.contract.LabelValue;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** Records labels in the caller's transaction; the label publisher puts them on the labels stream afterwards. */
@ApplicationScoped
public class LabelRecorder {

    private final CaseMetrics metrics;

    LabelRecorder(CaseMetrics metrics) {
        this.metrics = metrics;
    }

    /** A case's final outcome labels every event of the case, except {@code except} (may be null). */
    public void caseOutcome(FraudCase fraudCase, LabelValue value, Instant reportedAt, CaseEvent except) {
        List<CaseEvent> events = CaseEvent.ofCase(fraudCase.id);
        for (CaseEvent event : events) {
            if (except == null || !event.eventRef.equals(except.eventRef)) {
                record(fraudCase, event, value, LabelSource.CASE, reportedAt);
            }
        }
    }

    /** A consumer's answer labels the event they were asked about. */
    public void consumerAnswer(FraudCase fraudCase, CaseEvent event, LabelValue value, Instant reportedAt) {
        record(fraudCase, event, value, LabelSource.CONSUMER, reportedAt);
    }

    private void record(FraudCase fraudCase, CaseEvent event, LabelValue value, LabelSource source, Instant at) {
        // One label per event and source: a repeated outcome does not relabel (unique constraint as backstop).
        if (CaseLabel.exists(fraudCase.tenant, event.eventRef, source)) {
            return;
        }
        CaseLabel label = new CaseLabel();
        label.tenant = fraudCase.tenant;
        label.caseId = fraudCase.id;
        label.eventRef = event.eventRef;
        label.sealedEventId = event.sealedEventId;
        label.label = value;
        label.source = source;
        label.reportedAt = at;
        label.persist();
        metrics.labelled(fraudCase.tenant, value, source);
    }
}
