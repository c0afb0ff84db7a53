package io.github.idfraud.scoring.service;

import io.github.idfraud.contract.ContactDetails;
import io.github.idfraud.contract.Event;
import io.github.idfraud.contract.EventType;
import io.github.idfraud.features.IdentifierKind;
import io.github.idfraud.features.IdentityKeys;
import io.github.idfraud.scoring.config.ScoringConfig;
import io.github.idfraud.scoring.redis.ContactStore.VerifiedContacts;
import io.github.idfraud.scoring.redis.ContactStore;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Where the case service can reach the real person an alert is about (ADR 0009). Only what a bank verified counts:
 * its {@link EventType#PROFILE_VERIFIED} refreshes, kept per tenant and customer. Contact details an event brings
 * along (an application, a contact change, any risky event) are never a recipient.
 * <ul>
 *   <li>An event on an account goes to that customer's verified contact as it stood before the event, if their bank
 *   has known them long enough; a contact that replaced another is trusted only after a quarantine, so a takeover's
 *   freshly verified address is not used. When another bank has known the account's national ID longer, its holder is
 *   warned instead.</li>
 *   <li>An account opening goes to the national ID's holder whom a bank (any bank) has known longest, if known long
 *   enough: a fraudster's young account with a stolen ID never receives the holder's notices.</li>
 * </ul>
 * During a pseudonymisation-key rotation window, entries kept under the retiring key's pseudonyms are read too
 * ({@link ContactStore#contactPlaces}).
 */
@Singleton
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
        String nationalId = ids.get(IdentifierKind.NATIONAL_ID);
        long since = event.profile().customerSince().toEpochDay();
        Uni<Void> kept = store.keepVerified(customer, new ContactDetails(identity.firstName(), identity.email(),
                identity.phone()), digest, event.occurredAt().getEpochSecond(), nationalId, since);
        return nationalId == null ? kept : kept.flatMap(done -> store.addHolder(nationalId, customer, since));
    }

    /** The contact to put on an alert about {@code event}; a null item when nobody safe to write to is known. */
    public Uni<ContactDetails> recall(String tenant, Event event, IdentityKeys ids) {
        long at = event.occurredAt().getEpochSecond();
        long latestSinceDay = Math.floorDiv(at - establishedSeconds, DAY);
        if (event.type() == EventType.ACCOUNT_OPENING) {
            return ids.has(IdentifierKind.NATIONAL_ID)
                    ? holderContact(tenant, store.holderPlaces(ids.get(IdentifierKind.NATIONAL_ID),
                            ids.former(IdentifierKind.NATIONAL_ID)), latestSinceDay, at) : Uni.createFrom().nullItem();
        }
        if (!ids.has(IdentifierKind.CUSTOMER)) {
            return Uni.createFrom().nullItem();
        }
        String customer = ids.get(IdentifierKind.CUSTOMER);
        String former = ids.former(IdentifierKind.CUSTOMER);
        return store.verified(tenant, store.contactPlaces(customer, former)).flatMap(kept -> kept == null
                ? Uni.createFrom().nullItem() : accountContact(tenant, customer, former, kept, latestSinceDay, at));
    }

    /**
     * For an event on an account: the person whose identity the account uses. When a bank has known the account's
     * national ID longer, under another customer, that holder is the one to warn (the account may have been opened with
     * their stolen identity); otherwise the account's own contact, if its bank has known the customer long enough. A
     * young account's own contact is never used: it cannot be told apart from a fraudster's.
     */
    private Uni<ContactDetails> accountContact(String tenant, String customer, String former, VerifiedContacts kept,
                                               long latestSinceDay, long at) {
        Uni<String> holder = kept.nationalId() == null ? Uni.createFrom().nullItem()
                : store.longestKnownHolder(store.storedHolderPlaces(kept.nationalId()), latestSinceDay);
        return holder.flatMap(longest -> {
            if (longest != null && !longest.equals(customer) && !longest.equals(former)) {
                return contactAt(tenant, longest, at);
            }
            return Uni.createFrom().item(kept.sinceDay() <= latestSinceDay ? trustedAt(kept, at) : null);
        });
    }

    private Uni<ContactDetails> holderContact(String tenant, List<String> holderPlaces, long latestSinceDay, long at) {
        return store.longestKnownHolder(holderPlaces, latestSinceDay)
                .flatMap(holder -> holder == null ? Uni.createFrom().nullItem() : contactAt(tenant, holder, at));
    }

    private Uni<ContactDetails> contactAt(String tenant, String customer, long at) {
        return store.verified(tenant, store.storedContactPlaces(customer)).map(kept -> kept == null ? null : trustedAt(kept, at));
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
