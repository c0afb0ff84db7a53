package io.github.idfraud.cases.service;

import io.github.idfraud.cases.config.CaseConfig;
import io.github.idfraud.cases.entity.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;

/** Priority from the highest score, and the due time its SLA gives, as configured under {@code fraud.cases}. */
@ApplicationScoped
public class CaseRules {

    private final CaseConfig.Cases config;

    CaseRules(CaseConfig config) {
        this.config = config.cases();
    }

    public Priority priorityFor(double maxScore) {
        if (maxScore >= config.p1MinScore()) {
            return Priority.P1;
        }
        return maxScore >= config.p2MinScore() ? Priority.P2 : Priority.P3;
    }

    public Duration sla(Priority priority) {
        return switch (priority) {
            case P1 -> config.p1Sla();
            case P2 -> config.p2Sla();
            case P3 -> config.p3Sla();
        };
    }

    public Instant dueAt(Instant openedAt, Priority priority) {
        return openedAt.plus(sla(priority));
    }

    public Duration joinWindow() {
        return config.joinWindow();
    }
}
