package io.github.idfraud.cases.entity;

import io.github.idfraud.contract.LabelValue;

/** How a case was closed: the final status it implies and the label its events get. */
public enum Disposition {
    CONFIRMED_FRAUD(CaseStatus.CONFIRMED_FRAUD, LabelValue.FRAUD, "Confirmed fraud"),
    FALSE_POSITIVE(CaseStatus.DISMISSED, LabelValue.LEGIT, "False positive"),
    CONSUMER_CONFIRMED(CaseStatus.DISMISSED, LabelValue.LEGIT, "Consumer confirmed it was them");

    private final CaseStatus status;
    private final LabelValue label;
    private final String title;

    Disposition(CaseStatus status, LabelValue label, String title) {
        this.status = status;
        this.label = label;
        this.title = title;
    }

    public CaseStatus status() {
        return status;
    }

    public LabelValue label() {
        return label;
    }

    public String title() {
        return title;
    }

    /** What an analyst's move to a final status means when they name no disposition. */
    public static Disposition defaultFor(CaseStatus finalStatus) {
        return finalStatus == CaseStatus.CONFIRMED_FRAUD ? CONFIRMED_FRAUD : FALSE_POSITIVE;
    }
}
