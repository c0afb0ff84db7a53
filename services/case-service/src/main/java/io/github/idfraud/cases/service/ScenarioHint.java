package io.github.idfraud.cases.service;

import io.github.idfraud.contract.EventType;
import java.util.EnumSet;
import java.util.Set;

/** What kind of identity misuse a case most likely is, from the kinds of events that raised it. */
public enum ScenarioHint {
    NEW_ACCOUNT("Identity used to open an account", EnumSet.of(EventType.ACCOUNT_OPENING)),
    ACCOUNT_TAKEOVER("Account takeover", EnumSet.of(EventType.LOGIN, EventType.PASSWORD_RESET, EventType.CONTACT_CHANGE)),
    PAYEE("New payee, possible mule", EnumSet.of(EventType.PAYEE_ADDED)),
    PAYMENT("Payment", EnumSet.of(EventType.TRANSACTION));

    private final String title;
    private final Set<EventType> eventTypes;

    ScenarioHint(String title, Set<EventType> eventTypes) {
        this.title = title;
        this.eventTypes = eventTypes;
    }

    public String title() {
        return title;
    }

    public Set<EventType> eventTypes() {
        return eventTypes;
    }
}
