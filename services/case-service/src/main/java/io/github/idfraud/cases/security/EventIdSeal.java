package io.github.idfraud.cases.security;

import io.github.idfraud.cases.entity.CaseEvent;
import io.github.idfraud.cases.entity.CaseLabel;
import io.github.idfraud.contract.AlertEntry;
import io.github.idfraud.contract.ContactCipher;
import io.github.idfraud.contract.Hmac;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * The bank's event ids, which may carry customer data, are kept only sealed: AES-GCM under the contact-encryption
 * key, bound to {@code tenant/eventRef} ({@link AlertEntry#sealedEventIdBinding}), as the scoring service seals them
 * on the alert. The reference names an event everywhere else: uniqueness, labels back to the scoring service, case
 * grouping. The only place they are opened: for the bank's own analysts and webhook, the label export, and a
 * data-subject export.
 */
public final class EventIdSeal {

    /**
     * Marks a reference made here, for an alert of the first layout that carried the id in clear: the scoring service
     * cannot resolve it, so labels for such an event still name it by id.
     */
    public static final String LOCAL_REFERENCE_PREFIX = "case.";
    private static final byte[] DERIVATION = "idfraud case-service event reference v1".getBytes(StandardCharsets.UTF_8);
    private static final String PURPOSE = "event-reference";
    private static final int REFERENCE_BYTES = 12;

    private final ContactCipher cipher;
    private final Hmac localReferences;

    /** @param contactKey the current contact-encryption key (base64 of 32 bytes), from which local references derive */
    public EventIdSeal(ContactCipher cipher, String contactKey) {
        this.cipher = cipher;
        byte[] key = Base64.getDecoder().decode(contactKey.trim());
        this.localReferences = new Hmac(new Hmac(key).sign(DERIVATION, "derive"));
    }

    /** A sealed id and the reference it is bound to. */
    public record Sealed(String eventRef, String sealedEventId) {
    }

    /**
     * The alert's event as kept here. An alert of layout 2 keeps the scoring service's reference and seal as they came,
     * unopened: the reference is all the intake needs, and a seal this service cannot open yet (a key rotation's
     * steps out of order) must not cost the case; it is shown without its id until the key is there. One of layout 1
     * gets a local reference and is sealed here.
     */
    public Sealed of(AlertEntry alert) {
        if (alert.eventId() != null) {
            return seal(alert.tenant(), alert.eventId());
        }
        return new Sealed(alert.eventRef(), alert.sealedEventId());
    }

    /** Seals an id that arrived or was kept in clear, under a reference made here. */
    public Sealed seal(String tenant, String eventId) {
        String reference = LOCAL_REFERENCE_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(
                localReferences.sign(eventId.getBytes(StandardCharsets.UTF_8), PURPOSE, tenant), REFERENCE_BYTES));
        return new Sealed(reference, cipher.encrypt(eventId, AlertEntry.sealedEventIdBinding(tenant, reference)));
    }

    /**
     * The bank's id of a stored event; empty when its seal opens under no configured key (sealed under a key retired
     * before the re-sealing pass reached it): shown as unknown, never an error.
     */
    public Optional<String> open(CaseEvent event) {
        return readable(event.tenant, event.eventRef, event.sealedEventId);
    }

    /** The bank's id of the event a stored label is about; empty as for {@link #open(CaseEvent)}. */
    public Optional<String> open(CaseLabel label) {
        return readable(label.tenant, label.eventRef, label.sealedEventId);
    }

    private Optional<String> readable(String tenant, String eventRef, String sealedEventId) {
        try {
            return Optional.of(open(tenant, eventRef, sealedEventId));
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    /** @throws IllegalArgumentException when the seal does not open under any configured contact key */
    public String open(String tenant, String eventRef, String sealedEventId) {
        return cipher.decrypt(sealedEventId, AlertEntry.sealedEventIdBinding(tenant, eventRef));
    }

    /** The same id sealed again under the current key, for a seal made under a key that is being retired. */
    public String reseal(String tenant, String eventRef, String sealedEventId) {
        return cipher.encrypt(open(tenant, eventRef, sealedEventId), AlertEntry.sealedEventIdBinding(tenant, eventRef));
    }

    /** How seals under the current key begin, for queries that find the others. */
    public String currentKeyPrefix() {
        return cipher.currentKeyPrefix();
    }

    /** Whether the scoring service made this reference, so a label can name the event by it. */
    public static boolean madeByScoringService(String eventRef) {
        return !eventRef.startsWith(LOCAL_REFERENCE_PREFIX);
    }
}
