package io.github.idfraud.cases.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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

    /**
     * How one bank's analysts see a pseudonym: scoped to their bank. The pseudonyms themselves are the same at every
     * bank (the scoring service links one person's activity across banks), so shown as they are, two banks' analysts
     * could match their cases and learn that the other bank sees the same person. A digest of the bank and the
     * pseudonym stays stable within the bank and cannot be matched across banks without the pseudonym.
     */
    public static String shownTo(String tenant, String pseudonym) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(tenant.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            return HexFormat.of().formatHex(sha256.digest(pseudonym.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** When an alert carries no identifier at all, the event alone is the identity: it opens its own case. */
    public static IdentityKey of(Map<String, String> identityKeys, String eventRef) {
        if (identityKeys != null) {
            for (String kind : PREFERENCE) {
                String pseudonym = identityKeys.get(kind);
                if (pseudonym != null && !pseudonym.isBlank()) {
                    return new IdentityKey(kind, pseudonym);
                }
            }
        }
        return new IdentityKey("event", eventRef);
    }
}
