package io.github.idfraud.trainer.evaluation;

import io.github.idfraud.contract.EventType;
import io.github.idfraud.features.Feature;
import io.github.idfraud.trainer.replay.ReplayedEvent;

/** What kind of event a replayed one was, read back from its one-hot type features, and whether it did harm. */
public final class EventKinds {

    private static final String LEGIT = "legit";

    private EventKinds() {
    }

    public static EventType typeOf(ReplayedEvent event) {
        float[] f = event.features();
        for (EventType type : EventType.values()) {
            if (type.scored() && f[typeFeature(type).ordinal()] > 0.5f) {
                return type;
            }
        }
        throw new IllegalStateException("event " + event.eventId() + " has no type feature set");
    }

    /** A fraud scenario's event other than a login: it moves money, opens an account or takes control. */
    public static boolean harmful(ReplayedEvent event) {
        return isFraudScenario(event) && typeOf(event) != EventType.LOGIN;
    }

    public static boolean isFraudScenario(ReplayedEvent event) {
        return event.scenario() != null && !LEGIT.equals(event.scenario());
    }

    public static boolean isLegitScenario(ReplayedEvent event) {
        return LEGIT.equals(event.scenario());
    }

    private static Feature typeFeature(EventType type) {
        return switch (type) {
            case ACCOUNT_OPENING -> Feature.TYPE_ACCOUNT_OPENING;
            case LOGIN -> Feature.TYPE_LOGIN;
            case PASSWORD_RESET -> Feature.TYPE_PASSWORD_RESET;
            case CONTACT_CHANGE -> Feature.TYPE_CONTACT_CHANGE;
            case PAYEE_ADDED -> Feature.TYPE_PAYEE_ADDED;
            case TRANSACTION -> Feature.TYPE_TRANSACTION;
            case PROFILE_VERIFIED -> throw new IllegalArgumentException("profile refreshes are never scored");
        };
    }
}
