package io.github.idfraud.scoring.service;

import io.github.idfraud.contract.ContactDetails;
import io.github.idfraud.contract.Event;
import io.github.idfraud.contract.EventType;
import io.github.idfraud.features.IdentifierKind;
import io.github.idfraud.features.IdentityKeys;
import io.github.idfraud.scoring.config.ScoringConfig;
import io.github.idfraud.scoring.redis.ContactStore;
import io.github.idfraud.scoring.redis.ContactStore.VerifiedContacts;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Where the case service can reach the real person an alert is about (ADR 0009). Only what a bank verified counts:
 * its {@link EventType#PROFILE_VERIFIED} refreshes, kept per tenant and customer. Contact details an event brings
 * along (an application, a contact change, any risky event) are never a recipient.
 * <ul>
 *   <li>An event on an account goes to that customer's verified contact as it stood before the event; a contact that
 *   replaced another is trusted only after a quarantine, so a takeover's freshly verified address is not used.</li>
 *   <li>An account opening goes to the national ID's holder whom a bank (any bank) has known longest, if known long
 *   enough: a fraudster's young account with a stolen ID never receives the holder's notices.</li>
 * </ul>
 */
@ApplicationScoped
public class ContactVault {

    private static final long DAY = 86_400;

    private final ContactStore store;
    private final long establishedSeconds;
    private final long quarantineSeconds;

    ContactVault(ContactStore store, ScoringConfig config) {
        this.store = store;
        this.establishedSeconds = config.contacts().establishedAfter().toSeconds();
        this.quarantineSeconds = config.contacts().changeQuarantine().toSeconds();
    }

    /** Keeps a {@link EventType#PROFILE_VERIFIED} event's contact for its customer, and the customer as a holder of its national ID. */
    public Uni<Void> keepVerified(Event event, IdentityKeys ids) {
        var identity = event.identity();
        String customer = ids.get(IdentifierKind.CUSTOMER);
        // the pseudonyms tell a refresh from a change without opening the sealed value
        String digest = ids.get(IdentifierKind.EMAIL) + "|" + ids.get(IdentifierKind.PHONE);
        Uni<Void> kept = store.keepVerified(customer, new ContactDetails(identity.firstName(), identity.email(),
                identity.phone()), digest, event.occurredAt().getEpochSecond());
        if (!ids.has(IdentifierKind.NATIONAL_ID)) {
            return kept;
        }
        long since = event.profile().customerSince().toEpochDay();
        return kept.flatMap(done -> store.addHolder(ids.get(IdentifierKind.NATIONAL_ID), customer, since));
    }

    /** The contact to put on an alert about {@code event}; a null item when nobody safe to write to is known. */
    public Uni<ContactDetails> recall(Event event, IdentityKeys ids) {
        long at = event.occurredAt().getEpochSecond();
        if (event.type() == EventType.ACCOUNT_OPENING) {
            if (!ids.has(IdentifierKind.NATIONAL_ID)) {
                return Uni.createFrom().nullItem();
            }
            long latestSinceDay = Math.floorDiv(at - establishedSeconds, DAY);
            return store.longestKnownHolder(ids.get(IdentifierKind.NATIONAL_ID), latestSinceDay)
                    .flatMap(holder -> holder == null ? Uni.createFrom().nullItem() : contactAt(holder, at));
        }
        return ids.has(IdentifierKind.CUSTOMER) ? contactAt(ids.get(IdentifierKind.CUSTOMER), at) : Uni.createFrom().nullItem();
    }

    private Uni<ContactDetails> contactAt(String customer, long at) {
        return store.verified(customer).map(kept -> kept == null ? null : trustedAt(kept, at));
    }

    /**
     * The current contact once it has outlived the quarantine, or when it replaced nothing and was verified before the
     * event; otherwise the one it replaced; null when the bank verified nothing before the event.
     */
    private ContactDetails trustedAt(VerifiedContacts kept, long at) {
        boolean currentBefore = kept.current() != null && kept.currentAt() <= at;
        if (currentBefore && (kept.previous() == null || kept.currentAt() <= at - quarantineSeconds)) {
            return kept.current();
        }
        return kept.previous() != null && kept.previousAt() <= at ? kept.previous() : null;
    }
}
