package io.github.idfraud.scoring.service;

import io.github.idfraud.contract.ContactDetails;
import io.github.idfraud.contract.ContactField;
import io.github.idfraud.contract.Event;
import io.github.idfraud.contract.EventType;
import io.github.idfraud.features.IdentifierKind;
import io.github.idfraud.features.IdentityKeys;
import io.github.idfraud.scoring.redis.ContactOwner;
import io.github.idfraud.scoring.redis.ContactStore;
import io.github.idfraud.scoring.redis.PendingWrites;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the case service can reach the real person an alert is about. The contact details of a low-risk event
 * (ALLOW) are remembered under the person's pseudonymised national ID and customer, first value wins: a later
 * change, maybe a fraudster's, never replaces them. An alert then carries the remembered details (for a contact
 * change: the PREVIOUS address from the event), never contact details a risky event brought along, so "Was this
 * you?" goes to the victim, not to the fraudster.
 */
@ApplicationScoped
public class ContactVault {

    private final ContactStore store;

    ContactVault(ContactStore store) {
        this.store = store;
    }

    /** Writes that remember this event's contact details, for an event that was ALLOWed. */
    public PendingWrites remember(Event event, IdentityKeys ids) {
        var identity = event.identity();
        if (identity == null || (identity.email() == null && identity.phone() == null)) {
            return PendingWrites.none();
        }
        List<ContactOwner> owners = new ArrayList<>(2);
        for (IdentifierKind kind : new IdentifierKind[] {IdentifierKind.NATIONAL_ID, IdentifierKind.CUSTOMER}) {
            if (ids.has(kind)) {
                owners.add(new ContactOwner(kind, ids.get(kind)));
            }
        }
        return owners.isEmpty() ? PendingWrites.none()
                : store.rememberFirst(owners, new ContactDetails(identity.firstName(), identity.email(), identity.phone()));
    }

    /** The contact to put on an alert about {@code event}; a null item when nobody safe to write to is known. */
    public Uni<ContactDetails> recall(Event event, IdentityKeys ids) {
        List<ContactOwner> owners = new ArrayList<>(2);
        if (event.type() != EventType.ACCOUNT_OPENING && ids.has(IdentifierKind.CUSTOMER)) {
            owners.add(new ContactOwner(IdentifierKind.CUSTOMER, ids.get(IdentifierKind.CUSTOMER)));
        }
        if (ids.has(IdentifierKind.NATIONAL_ID)) {
            owners.add(new ContactOwner(IdentifierKind.NATIONAL_ID, ids.get(IdentifierKind.NATIONAL_ID)));
        }
        return store.recallFirst(owners).map(known -> withPreviousValue(event, known));
    }

    /** For a contact change, the address being replaced is where the owner still reads their mail. */
    private static ContactDetails withPreviousValue(Event event, ContactDetails known) {
        var change = event.contactChange();
        if (event.type() != EventType.CONTACT_CHANGE || change == null || change.oldValue() == null) {
            return known;
        }
        String firstName = known == null ? null : known.firstName();
        String email = known == null ? null : known.email();
        String phone = known == null ? null : known.phone();
        if (change.field() == ContactField.EMAIL) {
            email = change.oldValue();
        } else if (change.field() == ContactField.PHONE) {
            phone = change.oldValue();
        }
        return new ContactDetails(firstName, email, phone);
    }
}
