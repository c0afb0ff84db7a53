package io.github.idfraud.cases.service;

import java.util.List;
import java.util.Map;

/**
 * The pseudonymised identity a case is about. The customer is the strongest link between alerts of one bank; a
 * national ID, email or device ties together alerts where no customer exists yet (applications).
 */
public record IdentityKey(String kind, String pseudonym) {

    /** Preference order; the first kind present on the alert wins. */
    static final List<String> PREFERENCE = List.of("customer", "nationalId", "email", "device",
            "phone", "address", "counterparty", "ip");

    /** When an alert carries no identifier at all, the event alone is the identity: it opens its own case. */
    public static IdentityKey of(Map<String, String> identityKeys, String eventId) {
        if (identityKeys != null) {
            for (String kind : PREFERENCE) {
                String pseudonym = identityKeys.get(kind);
                if (pseudonym != null && !pseudonym.isBlank()) {
                    return new IdentityKey(kind, pseudonym);
                }
            }
        }
        return new IdentityKey("event", eventId);
    }
}
