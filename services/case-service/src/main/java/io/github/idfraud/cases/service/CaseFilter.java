package io.github.idfraud.cases.service;

import io.github.idfraud.cases.entity.CaseStatus;
import io.github.idfraud.cases.entity.Priority;
import java.time.Instant;

/** Optional filters of the case list; null means "any". {@code openedFrom} inclusive, {@code openedTo} exclusive. */
public record CaseFilter(CaseStatus status, Priority priority, String assignee, Instant openedFrom, Instant openedTo) {
}
