package io.github.idfraud.cases.service;

import io.github.idfraud.cases.entity.CaseStatus;

/**
 * The workbench queue's filters; null means "any". {@code status} null shows the active cases. {@code assignee}
 * is honoured for supervisors only: an analyst's queue is always the unassigned cases and their own.
 */
public record QueueFilter(CaseStatus status, String reasonCode, ScenarioHint hint, boolean mine, boolean overdue,
                          String assignee) {

    public static QueueFilter active() {
        return new QueueFilter(null, null, null, false, false, null);
    }
}
