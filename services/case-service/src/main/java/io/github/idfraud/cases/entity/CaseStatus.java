package io.github.idfraud.cases.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a case stands. CONFIRMED_FRAUD and DISMISSED are final; every other status may move towards review,
 * the consumer, or a final outcome, never back to OPEN.
 */
public enum CaseStatus {
    OPEN,
    IN_REVIEW,
    AWAITING_CONSUMER,
    CONFIRMED_FRAUD,
    DISMISSED;

    /** Statuses in which new alerts still join the case. */
    public static final Set<CaseStatus> ACTIVE = EnumSet.of(OPEN, IN_REVIEW, AWAITING_CONSUMER);

    public boolean isTerminal() {
        return this == CONFIRMED_FRAUD || this == DISMISSED;
    }

    public Set<CaseStatus> next() {
        return switch (this) {
            case OPEN -> EnumSet.of(IN_REVIEW, AWAITING_CONSUMER, CONFIRMED_FRAUD, DISMISSED);
            case IN_REVIEW -> EnumSet.of(AWAITING_CONSUMER, CONFIRMED_FRAUD, DISMISSED);
            case AWAITING_CONSUMER -> EnumSet.of(IN_REVIEW, CONFIRMED_FRAUD, DISMISSED);
            case CONFIRMED_FRAUD, DISMISSED -> EnumSet.noneOf(CaseStatus.class);
        };
    }

    public boolean canMoveTo(CaseStatus target) {
        return next().contains(target);
    }
}
